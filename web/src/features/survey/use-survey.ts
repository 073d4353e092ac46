import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type ApiError } from '../../api';
import type { Questionnaire, SurveySubmission, TicketSurveyState } from './survey.types';

/** The questionnaire never changes while the app runs. */
export function useQuestionnaire() {
  return useQuery({
    queryKey: ['survey', 'questionnaire'],
    queryFn: ({ signal }) => api.get<Questionnaire>('/api/surveys/questionnaire', signal),
    staleTime: Infinity,
  });
}

/** Whether the reporter may answer the survey of a ticket now (their account, or the PIN). */
export function useTicketSurveyState(code: string, pin: string | null) {
  const query = pin ? `?pin=${encodeURIComponent(pin)}` : '';
  return useQuery({
    queryKey: ['survey', 'ticket', code, pin],
    queryFn: ({ signal }) =>
      api.get<TicketSurveyState>(`/api/surveys/tickets/${encodeURIComponent(code)}${query}`, signal),
    retry: false,
  });
}

export function useSubmitSurvey() {
  return useMutation<unknown, ApiError, SurveySubmission>({
    mutationFn: (body) => api.post('/api/surveys', body),
  });
}
