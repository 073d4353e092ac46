import { z } from 'zod';
import { USER_TYPES } from '../../../domain/accounts/roles.js';
import { emailAddress, singleLine } from '../../http/text-fields.js';
import { UserSchema } from '../users/users.presenter.js';

const Email = emailAddress();
/** Indonesian phone numbers as people write them: +62 / 0 prefix, spaces, dashes, brackets. */
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{5,22}$/, 'phone');
export const Password = z.string().min(10).max(200);

export const RegisterBody = z.strictObject({
  name: singleLine(2, 120),
  email: Email,
  password: Password,
  phone: Phone,
  userType: z.enum(USER_TYPES),
  spseUserId: singleLine(1, 100).optional(),
  organization: singleLine(2, 200),
});

export const LoginBody = z.strictObject({
  email: singleLine(1, 254),
  password: z.string().min(1).max(200),
});

export const UserResponse = z.object({ user: UserSchema });
