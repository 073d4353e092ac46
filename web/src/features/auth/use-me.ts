import { useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../api';
import type { User } from '../../api';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or `null` when signed out (the API answers 401). */
async function fetchMe(signal: AbortSignal): Promise<User | null> {
  try {
    return (await unwrap(api.GET('/api/me', { signal }))).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}
