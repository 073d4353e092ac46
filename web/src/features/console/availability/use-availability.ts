import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api';
import type { User } from '../../../api';
import { meQueryKey } from '../../auth/use-me';
import { fetchAdminPpe, setMyAvailability } from '../console-api';

export const adminPpeKey = (unitCode: string) => ['console', 'admin-ppe', unitCode] as const;

/** The unit's Admin PPE and whether each can be reached; refreshed each minute and on focus. */
export function useAdminPpe(unitCode: string | null) {
  return useQuery({
    queryKey: adminPpeKey(unitCode ?? ''),
    queryFn: ({ signal }) => fetchAdminPpe(unitCode ?? '', signal),
    enabled: unitCode !== null,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** `PUT /api/me/availability`: the Admin PPE says whether the helpdesk can reach them. */
export function useSetAvailability() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, 'available' | 'unreachable'>({
    mutationFn: async (availability) => (await setMyAvailability(availability)).user,
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryKey, (previous: User | null | undefined) =>
        previous ? { ...previous, availability: user.availability } : previous,
      );
      await queryClient.invalidateQueries({ queryKey: ['console', 'admin-ppe'] });
    },
  });
}
