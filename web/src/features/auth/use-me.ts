import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../api';
import type { User } from '../../api';

export const meQueryKey = ['me'] as const;
/** Per account, so signing in as someone else never shows the previous account's capabilities. */
export const capabilitiesQueryKey = (userId: string | null) => ['capabilities', userId] as const;

/** The signed-in user, or `null` when signed out (the API answers 401). */
async function fetchMe(queryClient: QueryClient, signal: AbortSignal): Promise<User | null> {
  try {
    const me = await unwrap(api.GET('/api/me', { signal }));
    queryClient.setQueryData(capabilitiesQueryKey(me.user.id), me.capabilities);
    return me.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(queryClient, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * What the signed-in account may do (`GET /api/me`'s capabilities): the console's screens,
 * the units it offers and the roles an administrator may grant all come from here.
 */
export function useCapabilities() {
  const me = useMe();
  const userId = me.data?.id ?? null;
  return useQuery({
    queryKey: capabilitiesQueryKey(userId),
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/me', { signal }))).capabilities,
    enabled: userId !== null,
    staleTime: 5 * 60_000,
  });
}
