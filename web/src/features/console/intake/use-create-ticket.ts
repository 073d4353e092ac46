import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api';
import { createTicket } from '../console-api';
import type { IntakeBody } from './intake-body';
import type { Ticket } from '../../../api';
import { consoleQueueKey } from '../queue/use-queue';

/** `POST /api/tickets` for a ticket the helpdesk logs; the queue shows it at once. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<Ticket, ApiError, IntakeBody>({
    mutationFn: async (body) => (await createTicket(body)).ticket,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleQueueKey }),
  });
}
