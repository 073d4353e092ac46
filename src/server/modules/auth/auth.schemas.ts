import { z } from 'zod';
import { USER_TYPES } from '../../../domain/accounts/roles.js';
import { UserSchema } from '../accounts/users.presenter.js';

const Email = z.email().max(254);
/** Indonesian phone numbers as people write them: +62 / 0 prefix, spaces, dashes, brackets. */
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{5,22}$/, 'phone');
export const Password = z.string().min(10).max(200);

export const RegisterBody = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: Email,
  password: Password,
  phone: Phone,
  userType: z.enum(USER_TYPES),
  spseUserId: z.string().trim().min(1).max(100).optional(),
  organization: z.string().trim().min(2).max(200),
});

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const UserResponse = z.object({ user: UserSchema });
