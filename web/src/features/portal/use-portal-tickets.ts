import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiError } from '../../api';
import type { Confirmation } from '../reporter/ConfirmForm';
import type { TicketDetail, TicketListResponse, TicketResponse } from '../reporter/ticket.types';

export const ticketPath = (code: string) => `/api/tickets/${encodeURIComponent(code)}`;
const myTicketsKey = ['tickets', 'mine'] as const;
const ticketKey = (code: string) => ['tickets', 'detail', code] as const;

/** "Tiket saya": `GET /api/tickets` answers a service user with their own tickets; newest first, by pages. */
export function useMyTickets() {
  return useInfiniteQuery<TicketListResponse, ApiError>({
    queryKey: myTicketsKey,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ sort: 'created', limit: '20' });
      if (typeof pageParam === 'string') query.set('cursor', pageParam);
      return api.get<TicketListResponse>(`/api/tickets?${query.toString()}`, signal);
    },
    initialPageParam: null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One ticket with its public conversation and files. */
export function useTicket(code: string) {
  return useQuery<TicketDetail, ApiError>({
    queryKey: ticketKey(code),
    queryFn: ({ signal }) => api.get<TicketDetail>(ticketPath(code), signal),
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
  const reply = useMutation<TicketResponse, ApiError, string>({
    mutationFn: (body) => api.post<TicketResponse>(`${ticketPath(code)}/replies`, { body }),
    onSuccess: reload,
  });
  const confirmation = useMutation<TicketResponse, ApiError, Confirmation>({
    mutationFn: (value) => api.post<TicketResponse>(`${ticketPath(code)}/confirmation`, value),
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

/** A new portal ticket, as the LPSE Support form fills it. */
export type NewTicket = {
  unitCode: string;
  channel: 'portal';
  subject: string;
  type: string;
  categoryCode?: string;
  application?: string;
  errorCode?: string;
  tenderCode?: string;
  description: string;
};

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<TicketResponse, ApiError, NewTicket>({
    mutationFn: (ticket) => api.post<TicketResponse>('/api/tickets', ticket),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTicketsKey }),
  });
}

/** `POST /api/tickets/{code}/claim` {token}: the redirected caller takes the ticket over. */
export function useClaimTicket() {
  const queryClient = useQueryClient();
  return useMutation<TicketResponse, ApiError, { code: string; token: string }>({
    mutationFn: ({ code, token }) => api.post<TicketResponse>(`${ticketPath(code)}/claim`, { token }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTicketsKey }),
  });
}
