import { z } from 'zod';
import {
  AVAILABILITIES,
  STAFF_ROLES,
  USER_TYPES,
  type Availability,
  type RoleGrant,
  type UserType,
} from '../../../domain/accounts/roles.js';
import type { UserRow } from './users.repository.js';

export const RoleGrantSchema = z.object({ unitCode: z.string().min(1).max(64), role: z.enum(STAFF_ROLES) });

export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  userType: z.enum(USER_TYPES).nullable(),
  organization: z.string().nullable(),
  spseUserId: z.string().nullable(),
  isActive: z.boolean(),
  roles: z.array(RoleGrantSchema),
  availability: z.enum(AVAILABILITIES).nullable(),
  locale: z.enum(['id', 'en']),
});
export type UserView = z.infer<typeof UserSchema>;

export function presentUser(row: UserRow, roles: readonly RoleGrant[]): UserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    userType: row.user_type as UserType | null,
    organization: row.organization,
    spseUserId: row.spse_user_id,
    isActive: row.is_active === 1,
    roles: [...roles],
    availability: row.availability as Availability | null,
    locale: row.locale === 'en' ? 'en' : 'id',
  };
}
