import {
  afterFailedLogin,
  AFTER_SUCCESSFUL_LOGIN,
  loginGate,
} from '../../../domain/accounts/login-throttle.js';
import type { UserType } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  recordAccountEvent,
  rolesOf,
  updateUser,
} from '../accounts/users.repository.js';
import { presentUser, type UserView } from '../accounts/users.presenter.js';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../accounts/password.js';
import { createSession, deleteOtherSessionsOf } from '../accounts/sessions.repository.js';

export type RegisterInput = {
  name: string;
  email: string;
  password: string;
  phone: string;
  userType: UserType;
  spseUserId?: string | undefined;
  organization: string;
};

/** A service user (pengguna layanan) creates their own account. */
export async function registerUser(
  ctx: AppContext,
  input: RegisterInput,
  locale: 'id' | 'en',
): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      throw new DomainError('email_taken', {}, [{ field: 'email', code: 'taken' }]);
    }
    const user = await insertUser(
      trx,
      {
        email: input.email,
        name: input.name,
        phone: input.phone,
        user_type: input.userType,
        organization: input.organization,
        spse_user_id: input.spseUserId ?? null,
        password_hash: passwordHash,
        availability: null,
        locale,
      },
      now,
    );
    await recordAccountEvent(
      trx,
      { actorId: user.id, userId: user.id, type: 'registered', data: { userType: input.userType } },
      now,
    );
    return presentUser(user, []);
  });
}

/**
 * Checks the password and opens a session. Failures count against the account, which is
 * slowed and then locked for a while (see domain/accounts/login-throttle.ts).
 */
export async function login(
  ctx: AppContext,
  input: { email: string; password: string; userAgent: string | null },
): Promise<{ user: UserView; token: string }> {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    await verifyPassword(input.password, UNKNOWN_USER_HASH);
    throw new DomainError('invalid_credentials');
  }
  const state = { failedCount: user.failed_login_count, lockedUntil: user.locked_until };
  const gate = loginGate(state, ctx.clock.now());
  if (gate.kind === 'locked') {
    throw new DomainError('too_many_attempts', {
      minutes: Math.ceil(gate.retryAfterSeconds / 60),
      retryAfterSeconds: gate.retryAfterSeconds,
    });
  }
  if (gate.kind === 'slow') await ctx.sleep(ctx.config.loginSlowdownMs);

  const ok = await verifyPassword(input.password, user.password_hash);
  const now = ctx.clock.now();
  if (!ok) {
    const next = afterFailedLogin(state, now);
    await updateUser(
      ctx.db,
      user.id,
      { failed_login_count: next.failedCount, locked_until: next.lockedUntil },
      now,
    );
    if (next.lockedUntil !== null && next.lockedUntil !== state.lockedUntil) {
      await recordAccountEvent(
        ctx.db,
        { actorId: null, userId: user.id, type: 'locked_out', data: { until: next.lockedUntil } },
        now,
      );
    }
    throw new DomainError('invalid_credentials');
  }
  if (user.is_active !== 1) throw new DomainError('account_inactive');
  await updateUser(
    ctx.db,
    user.id,
    { failed_login_count: AFTER_SUCCESSFUL_LOGIN.failedCount, locked_until: null },
    now,
  );
  const token = await createSession(ctx.db, user.id, input.userAgent, now);
  return { user: presentUser(user, await rolesOf(ctx.db, user.id)), token };
}

/** A signed-in user changes their password; every other session of theirs ends. */
export async function changePassword(
  ctx: AppContext,
  userId: string,
  currentSessionToken: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new DomainError('unauthenticated');
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new DomainError('invalid_credentials', {}, [
      {
        field: 'currentPassword',
        code: 'wrong',
        message: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
      },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { password_hash: passwordHash }, now);
    await deleteOtherSessionsOf(trx, userId, currentSessionToken);
    await recordAccountEvent(trx, { actorId: userId, userId, type: 'password_changed', data: {} }, now);
  });
}
