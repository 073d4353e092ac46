import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError, NewTicket, QueuePage, TicketChange, TicketDetail } from '../../api';
import type { Confirmation } from '../reporter/ConfirmForm';

export const ticketPath = (code: string) => `/api/tickets/${encodeURIComponent(code)}`;
const myTicketsKey = ['tickets', 'mine'] as const;
const ticketKey = (code: string) => ['tickets', 'detail', code] as const;

/** "Tiket saya": `GET /api/tickets` answers a service user with their own tickets; newest first, by pages. */
export function useMyTickets() {
  return useInfiniteQuery<QueuePage, ApiError>({
    queryKey: myTicketsKey,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tickets', {
          params: {
            query: {
              sort: 'created',
              limit: 20,
              ...(typeof pageParam === 'string' ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One ticket with its public conversation and files. */
export function useTicket(code: string) {
  return useQuery<TicketDetail, ApiError>({
    queryKey: ticketKey(code),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/{code}', { params: { path: { code } }, signal })),
  });
}

/** The signed-in reporter's answer and confirmation; the ticket and the list reload after each. */
export function useReporterActions(code: string) {
  const queryClient = useQueryClient();
  const reload = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKey(code) }),
      queryClient.invalidateQueries({ queryKey: myTicketsKey }),
      // Whether the survey may be answered follows the ticket's status.
      queryClient.invalidateQueries({ queryKey: ['survey', 'ticket', code] }),
    ]);
  };
  const params = { path: { code } };
  const reply = useMutation<TicketChange, ApiError, string>({
    mutationFn: (body) => unwrap(api.POST('/api/tickets/{code}/replies', { params, body: { body } })),
    onSuccess: reload,
  });
  const confirmation = useMutation<TicketChange, ApiError, Confirmation>({
    mutationFn: (value) => unwrap(api.POST('/api/tickets/{code}/confirmation', { params, body: value })),
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
    uploadPath: `${ticketPath(code)}/attachments`,
    reload: () => void reload(),
  };
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<TicketChange, ApiError, NewTicket>({
    mutationFn: (ticket) => unwrap(api.POST('/api/tickets', { body: ticket })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTicketsKey }),
  });
}

/** `POST /api/tickets/{code}/claim` {token}: the redirected caller takes the ticket over. */
export function useClaimTicket() {
  const queryClient = useQueryClient();
  return useMutation<TicketChange, ApiError, { code: string; token: string }>({
    mutationFn: ({ code, token }) =>
      unwrap(api.POST('/api/tickets/{code}/claim', { params: { path: { code } }, body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTicketsKey }),
  });
}
