import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api';
import type { ApiError } from '../../../api';
import type { MailboxState } from '../admin.types';

const mailboxKey = (unitCode: string) => ['admin', 'mailbox', unitCode] as const;
const path = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}/mailbox`;

/** The unit's mailbox and its import; refreshed every half minute while shown (the import runs every minute). */
export function useMailbox(unitCode: string) {
  return useQuery({
    queryKey: mailboxKey(unitCode),
    queryFn: ({ signal }) => api.get<MailboxState>(path(unitCode), signal),
    refetchInterval: 30_000,
  });
}

/** Save the settings (the body as the form has it: the API names any field it refuses), or stop reading the mailbox. */
export function useMailboxChanges(unitCode: string) {
  const queryClient = useQueryClient();
  const save = useMutation<MailboxState, ApiError, Record<string, unknown>>({
    mutationFn: (body) => apiRequest(path(unitCode), { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(mailboxKey(unitCode), saved),
  });
  const remove = useMutation<void, ApiError>({
    mutationFn: () => apiRequest(path(unitCode), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailboxKey(unitCode) }),
  });
  return { save, remove };
}
