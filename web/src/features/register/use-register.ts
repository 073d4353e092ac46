import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError, Registration, User } from '../../api';
import { meQueryKey } from '../auth/use-me';

/**
 * `POST /api/auth/register`, then signs in with the same email and password (registering
 * opens no session by itself), so the new user lands signed in.
 */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, Registration>({
    mutationFn: async (registration) => {
      await unwrap(api.POST('/api/auth/register', { body: registration }));
      return (
        await unwrap(
          api.POST('/api/auth/login', {
            body: { email: registration.email, password: registration.password },
          }),
        )
      ).user;
    },
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
