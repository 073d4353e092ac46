import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api';
import type { ApiError, MailboxSettings, MailboxState } from '../../../api';

const mailboxKey = (unitCode: string) => ['admin', 'mailbox', unitCode] as const;
const params = (unitCode: string) => ({ path: { unitCode } });

/** The unit's mailbox and its import; refreshed every half minute while shown (the import runs every minute). */
export function useMailbox(unitCode: string) {
  return useQuery({
    queryKey: mailboxKey(unitCode),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/units/{unitCode}/mailbox', { params: params(unitCode), signal })),
    refetchInterval: 30_000,
  });
}

/** Save the settings (the API names any field it refuses), or stop reading the mailbox. */
export function useMailboxChanges(unitCode: string) {
  const queryClient = useQueryClient();
  const save = useMutation<MailboxState, ApiError, MailboxSettings>({
    mutationFn: (body) =>
      unwrap(api.PUT('/api/units/{unitCode}/mailbox', { params: params(unitCode), body })),
    onSuccess: (saved) => queryClient.setQueryData(mailboxKey(unitCode), saved),
  });
  const remove = useMutation<void, ApiError>({
    mutationFn: async () => {
      await unwrap(api.DELETE('/api/units/{unitCode}/mailbox', { params: params(unitCode) }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailboxKey(unitCode) }),
  });
  return { save, remove };
}
