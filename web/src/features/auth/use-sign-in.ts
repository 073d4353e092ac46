import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError, Credentials, User } from '../../api';
import { meQueryKey } from './use-me';

/** `POST /api/auth/login`; on success the session cookie is set and `/api/me` is known. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, Credentials>({
    mutationFn: async (credentials) =>
      (await unwrap(api.POST('/api/auth/login', { body: credentials }))).user,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
