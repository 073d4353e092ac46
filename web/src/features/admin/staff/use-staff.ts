import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api';
import type { ApiError, BodyOf, ResponseOf, RoleGrant, StaffMember } from '../../../api';

const staffKey = (unitCode: string) => ['admin', 'staff', unitCode] as const;

export function useStaff(unitCode: string) {
  return useQuery({
    queryKey: staffKey(unitCode),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/admin/users', { params: { query: { unitCode } }, signal }))).users,
  });
}

export type NewStaff = BodyOf<'/api/admin/users', 'post'>;

/** Creates an account; the answer carries the generated password, shown once. */
export function useCreateStaff(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<ResponseOf<'/api/admin/users', 'post'>, ApiError, NewStaff>({
    mutationFn: (body) => unwrap(api.POST('/api/admin/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}

export function useChangeRoles(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<{ user: StaffMember }, ApiError, { userId: string; roles: RoleGrant[] }>({
    mutationFn: ({ userId, roles }) =>
      unwrap(api.PUT('/api/admin/users/{userId}/roles', { params: { path: { userId } }, body: { roles } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}

export function useSetActive(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<{ user: StaffMember }, ApiError, { userId: string; isActive: boolean }>({
    mutationFn: ({ userId, isActive }) =>
      unwrap(api.PATCH('/api/admin/users/{userId}', { params: { path: { userId } }, body: { isActive } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(unitCode) }),
  });
}
