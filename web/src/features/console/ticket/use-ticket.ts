import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../api';
import { formErrors, type FormErrors } from '../../../ui/form-errors';
import { changeTicket, fetchTicket, type ActionAnswer, type ActionRequest } from '../console-api';
import { consoleQueueKey } from '../queue/use-queue';

export const ticketKey = (code: string) => ['console', 'ticket', code.toUpperCase()] as const;

/** The ticket with its conversation and history; refreshed every 30 s and on focus. */
export function useTicket(code: string) {
  return useQuery({
    queryKey: ticketKey(code),
    queryFn: ({ signal }) => fetchTicket(code, signal),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

/**
 * One change to the ticket. Every body carries the version the user saw; when someone else
 * changed the ticket meanwhile the API answers 409 and the ticket is reloaded, while the form
 * keeps what was typed. Success reloads the ticket (conversation and history changed too).
 */
export function useTicketAction(code: string) {
  const queryClient = useQueryClient();
  return useMutation<ActionAnswer, ApiError, ActionRequest>({
    mutationFn: (request) => changeTicket(code, request),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKey(code) }),
        queryClient.invalidateQueries({ queryKey: consoleQueueKey }),
      ]);
    },
    onError: async (error) => {
      if (error.status === 409) await queryClient.invalidateQueries({ queryKey: ticketKey(code) });
    },
  });
}

/** The form's errors, with a word that the ticket was reloaded after a version conflict. */
export function actionErrors(error: ApiError | null, fields: readonly string[], t: TFunction): FormErrors {
  const errors = formErrors(error, fields, t('errors.unexpected'));
  if (error?.code === 'version_conflict')
    return { ...errors, general: [...errors.general, t('console.ticket.reloaded')] };
  return errors;
}
