import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiError } from '../../api';
import type { User } from '../auth/auth.types';
import { meQueryKey } from '../auth/use-me';

/**
 * `POST /api/auth/password-reset` {email}: the API always answers 202, whether or not the
 * address has an account, so nobody learns from it who is registered.
 */
export function useRequestPasswordReset() {
  return useMutation<void, ApiError, string>({
    mutationFn: async (email) => {
      await api.post<unknown>('/api/auth/password-reset', { email });
    },
  });
}

type ResetAnswer = { user?: User } | undefined;

/**
 * `POST /api/auth/password-reset/confirm` {token, password}: the one-time link's token and the
 * new password. Should the API sign the user in and answer with the account, it is remembered.
 */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation<ResetAnswer, ApiError, { token: string; password: string }>({
    mutationFn: (body) => api.post<ResetAnswer>('/api/auth/password-reset/confirm', body),
    onSuccess: (answer) => {
      if (answer?.user) queryClient.setQueryData(meQueryKey, answer.user);
      else void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
