import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import type { ApiError } from '../../../api';

export type HeldReason = 'unreadable' | 'rate_limited' | 'too_large' | 'import_failed';

/** A mail the unit's mailbox kept for staff instead of turning it into a ticket. */
export type HeldMail = {
  id: string;
  reason: HeldReason;
  detail: string | null;
  from: string | null;
  subject: string | null;
  size: number;
  createdAt: string;
  releasedAt: string | null;
  ticketCode: string | null;
  hasRaw: boolean;
};

export type Release = { outcome: string; ticketCode: string | null };

const heldKey = (unitCode: string) => ['console', 'held-mail', unitCode] as const;
const base = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}/mail/held`;

/** The unit's held mail still waiting for someone (newest first). */
export function useHeldMail(unitCode: string) {
  return useQuery({
    queryKey: heldKey(unitCode),
    queryFn: async ({ signal }) =>
      (await api.get<{ held: HeldMail[] }>(`${base(unitCode)}?limit=100`, signal)).held,
  });
}

/** Imports a held mail now (`release`) or marks it dealt with (`dismiss`); the list is read again after. */
export function useHeldMailAction(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<Release | null, ApiError, { id: string; action: 'release' | 'dismiss' }>({
    mutationFn: ({ id, action }) =>
      action === 'release'
        ? api.post<Release>(`${base(unitCode)}/${encodeURIComponent(id)}/release`)
        : api.post<null>(`${base(unitCode)}/${encodeURIComponent(id)}/dismissal`).then(() => null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: heldKey(unitCode) }),
  });
}

export function rawMailUrl(unitCode: string, id: string): string {
  return `${base(unitCode)}/${encodeURIComponent(id)}/raw`;
}
