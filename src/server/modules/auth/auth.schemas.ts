import { z } from 'zod';
import { DEPLOYMENT_CAPABILITIES, UNIT_CAPABILITIES } from '../../../domain/accounts/capabilities.js';
import { STAFF_ROLES, USER_TYPES } from '../../../domain/accounts/roles.js';
import { emailAddress, singleLine } from '../../http/text-fields.js';
import { UserSchema } from '../accounts/users.presenter.js';

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

/** What the account may do (src/domain/accounts/capabilities.ts): the web renders from this. */
export const CapabilitiesSchema = z.object({
  deployment: z.array(z.enum(DEPLOYMENT_CAPABILITIES)),
  units: z.array(
    z.object({
      unitCode: z.string(),
      capabilities: z.array(z.enum(UNIT_CAPABILITIES)),
      grantableRoles: z.array(z.enum(STAFF_ROLES)),
    }),
  ),
});

export const MeResponse = UserResponse.extend({ capabilities: CapabilitiesSchema });
