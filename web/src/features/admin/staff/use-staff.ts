import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api';
import type { ApiError } from '../../../api';
import type { RoleGrant, StaffMember } from '../admin.types';

const staffKey = (unitCode: string) => ['admin', 'staff', unitCode] as const;

export function useStaff(unitCode: string) {
  return useQuery({
    queryKey: staffKey(unitCode),
    queryFn: async ({ signal }) =>
      (
        await api.get<{ users: StaffMember[] }>(
          `/api/admin/users?unitCode=${encodeURIComponent(unitCode)}`,
          signal,
        )
      ).users,
  });
}

export type NewStaff = { name: string; email: string; phone?: string; roles: RoleGrant[] };

/** Creates an account; the answer carries the generated password, shown once. */
export function useCreateStaff(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<{ user: StaffMember; initialPassword: string | null }, ApiError, NewStaff>({
    mutationFn: (body) => api.post('/api/admin/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}

export function useChangeRoles(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<{ user: StaffMember }, ApiError, { userId: string; roles: RoleGrant[] }>({
    mutationFn: ({ userId, roles }) =>
      apiRequest(`/api/admin/users/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roles } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}

export function useSetActive(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<{ user: StaffMember }, ApiError, { userId: string; isActive: boolean }>({
    mutationFn: ({ userId, isActive }) =>
      apiRequest(`/api/admin/users/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { isActive } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}
