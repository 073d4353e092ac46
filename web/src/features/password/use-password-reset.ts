import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError } from '../../api';
import { meQueryKey } from '../auth/use-me';

/**
 * `POST /api/auth/password-reset` {email}: the API always answers 202, whether or not the
 * address has an account, so nobody learns from it who is registered.
 */
export function useRequestPasswordReset() {
  return useMutation<void, ApiError, string>({
    mutationFn: async (email) => {
      await unwrap(api.POST('/api/auth/password-reset', { body: { email } }));
    },
  });
}

/**
 * `POST /api/auth/password-reset/confirm` {token, password}: the one-time link's token and the
 * new password. The API answers 204 and opens no session: whoever is signed in is asked anew.
 */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, { token: string; password: string }>({
    mutationFn: async (body) => {
      await unwrap(api.POST('/api/auth/password-reset/confirm', { body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
