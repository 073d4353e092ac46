import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api';
import type { ApiError, HeldMail, HeldMailRelease } from '../../../api';

/** Why the unit's mailbox kept a mail for staff instead of turning it into a ticket. */
export type HeldReason = HeldMail['reason'];

const heldKey = (unitCode: string) => ['console', 'held-mail', unitCode] as const;
const base = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}/mail/held`;

/** The unit's held mail still waiting for someone (newest first). */
export function useHeldMail(unitCode: string) {
  return useQuery({
    queryKey: heldKey(unitCode),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/units/{unitCode}/mail/held', {
            params: { path: { unitCode }, query: { limit: 100 } },
            signal,
          }),
        )
      ).held,
  });
}

/** Imports a held mail now (`release`) or marks it dealt with (`dismiss`); the list is read again after. */
export function useHeldMailAction(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<HeldMailRelease | null, ApiError, { id: string; action: 'release' | 'dismiss' }>({
    mutationFn: async ({ id, action }) => {
      const params = { path: { unitCode, heldId: id } };
      if (action === 'release')
        return unwrap(api.POST('/api/units/{unitCode}/mail/held/{heldId}/release', { params }));
      await unwrap(api.POST('/api/units/{unitCode}/mail/held/{heldId}/dismissal', { params }));
      return null;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: heldKey(unitCode) }),
  });
}

export function rawMailUrl(unitCode: string, id: string): string {
  return `${base(unitCode)}/${encodeURIComponent(id)}/raw`;
}
