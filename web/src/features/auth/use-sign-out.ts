import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api';
import type { ApiError } from '../../api';
import { meQueryKey } from './use-me';

/** `POST /api/auth/logout`, then forget the user and go to the public home page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      await unwrap(api.POST('/api/auth/logout'));
    },
    onSuccess: async () => {
      // Leave the page first, and commit that synchronously: otherwise the members-only page
      // still on screen sees the user vanish and redirects to the sign-in form.
      await navigate('/', { flushSync: true });
      // Nothing a signed-in user loaded may outlive the session; public data stays.
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== 'units' && query.queryKey[0] !== 'me',
      });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
