import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiError } from '../../api';
import type { Credentials, User, UserResponse } from './auth.types';
import { meQueryKey } from './use-me';

/** `POST /api/auth/login`; on success the session cookie is set and `/api/me` is known. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, Credentials>({
    mutationFn: async (credentials) => (await api.post<UserResponse>('/api/auth/login', credentials)).user,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
