import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type ApiError } from '../../api';
import type { ResponseOf, SurveySubmission } from '../../api';

/** The questionnaire never changes while the app runs. */
export function useQuestionnaire() {
  return useQuery({
    queryKey: ['survey', 'questionnaire'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/surveys/questionnaire', { signal })),
    staleTime: Infinity,
  });
}

/** Whether the reporter may answer the survey of a ticket now (their account, or the PIN). */
export function useTicketSurveyState(code: string, pin: string | null) {
  return useQuery({
    queryKey: ['survey', 'ticket', code, pin],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/surveys/tickets/{code}', {
          params: { path: { code }, query: pin ? { pin } : {} },
          signal,
        }),
      ),
    retry: false,
  });
}

export function useSubmitSurvey() {
  return useMutation<ResponseOf<'/api/surveys', 'post'>, ApiError, SurveySubmission>({
    mutationFn: (body) => unwrap(api.POST('/api/surveys', { body })),
  });
}
