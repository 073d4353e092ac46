import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiError } from '../../api';
import type { User, UserResponse, UserType } from '../auth/auth.types';
import { meQueryKey } from '../auth/use-me';

export type Registration = {
  name: string;
  email: string;
  password: string;
  phone: string;
  userType: UserType;
  organization: string;
  /** The user's SPSE account name, when they have one. */
  spseUserId?: string;
};

/**
 * `POST /api/auth/register`, then signs in with the same email and password (registering
 * opens no session by itself), so the new user lands signed in.
 */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, Registration>({
    mutationFn: async (registration) => {
      await api.post<UserResponse>('/api/auth/register', registration);
      return (
        await api.post<UserResponse>('/api/auth/login', {
          email: registration.email,
          password: registration.password,
        })
      ).user;
    },
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
