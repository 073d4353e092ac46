import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError, TicketChange, TrackedTicket } from '../../api';
import type { Confirmation } from '../reporter/ConfirmForm';

/** A ticket code and the PIN given to its reporter. The PIN is never put in the address bar. */
export type TrackKey = { code: string; pin: string };

const trackQueryKey = (key: TrackKey) => ['track', key.code, key.pin] as const;
const ticketPath = (code: string) => `/api/tickets/${encodeURIComponent(code)}`;

/** `GET /api/track/{code}?pin=`: status, tier, due time and public replies. */
export function useTrackedTicket(key: TrackKey | null) {
  return useQuery<TrackedTicket, ApiError>({
    queryKey: key ? trackQueryKey(key) : ['track', null],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/track/{code}', {
          params: { path: { code: key?.code ?? '' }, query: { pin: key?.pin ?? '' } },
          signal,
        }),
      ),
    enabled: key !== null,
  });
}

/** The reporter's answer and confirmation, proven by the PIN; the tracked view reloads after each. */
export function useTrackerActions(key: TrackKey) {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trackQueryKey(key) });
  const params = { path: { code: key.code } };
  const reply = useMutation<TicketChange, ApiError, string>({
    mutationFn: (body) =>
      unwrap(api.POST('/api/tickets/{code}/replies', { params, body: { body, pin: key.pin } })),
    onSuccess: reload,
  });
  const confirmation = useMutation<TicketChange, ApiError, Confirmation>({
    mutationFn: (value) =>
      unwrap(api.POST('/api/tickets/{code}/confirmation', { params, body: { ...value, pin: key.pin } })),
    onSuccess: reload,
  });
  return {
    reply: {
      isPending: reply.isPending,
      error: reply.error,
      submit: (body: string) => reply.mutateAsync(body),
    },
    confirmation: {
      isPending: confirmation.isPending,
      error: confirmation.error,
      submit: (value: Confirmation) => confirmation.mutateAsync(value),
    },
    uploadPath: `${ticketPath(key.code)}/attachments?pin=${encodeURIComponent(key.pin)}`,
    reload: () => void reload(),
  };
}
