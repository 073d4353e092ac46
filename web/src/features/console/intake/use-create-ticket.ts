import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api';
import { createTicket } from '../console-api';
import type { Ticket } from '../console.types';
import { consoleQueueKey } from '../queue/use-queue';

/** `POST /api/tickets` for a ticket the helpdesk logs; the queue shows it at once. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<Ticket, ApiError, Record<string, unknown>>({
    mutationFn: async (body) => (await createTicket(body)).ticket,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleQueueKey }),
  });
}
