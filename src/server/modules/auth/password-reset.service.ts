import { randomBytes } from 'node:crypto';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { passwordResetMail } from '../../mail/account-mail-templates.js';
import { renderMail } from '../../mail/mail-layout.js';
import { newMessageId } from '../../mail/message-id.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import {
  findUserByEmail,
  findUserById,
  recordAccountEvent,
  updateUser,
} from '../accounts/users.repository.js';
import { hashPassword } from '../accounts/password.js';
import {
  findPasswordReset,
  insertPasswordReset,
  resetsSince,
  retireResetsOf,
  useReset,
} from './password-reset.repository.js';
import { deleteOtherSessionsOf, hashToken } from '../accounts/sessions.repository.js';

/** A reset link works this long. */
export const RESET_VALID_MS = 60 * 60_000;
/** Reset mails one account may be sent per hour; more requests are answered the same and send nothing. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;

/**
 * Someone asks to reset the password of an address. Whatever the address, the answer is the
 * same (the route says 202): an unknown, deactivated or already thrice-asked account gets no
 * mail, the others a one-time link valid an hour. Only the token's SHA-256 is stored; the mail
 * is queued in the same transaction and its body erased once sent.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.is_active !== 1) return;
  const now = ctx.clock.now();
  if (
    (await resetsSince(ctx.db, user.id, new Date(now.getTime() - 60 * 60_000).toISOString())) >=
    RESETS_PER_ACCOUNT_PER_HOUR
  )
    return;
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const lang = user.locale === 'en' ? 'en' : 'id';
  const url = `${ctx.config.publicUrl}/atur-sandi?token=${token}`;
  await ctx.db.transaction().execute(async (trx) => {
    await insertPasswordReset(trx, {
      token_hash: tokenHash,
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_VALID_MS).toISOString(),
      used_at: null,
    });
    await enqueueMail(
      trx,
      {
        dedupeKey: `account_password_reset:${tokenHash}`,
        kind: 'account_password_reset',
        unitCode: null,
        ticketId: null,
        userId: user.id,
        to: { address: user.email, name: user.name },
        fromName: null,
        replyTo: null,
        mail: renderMail(passwordResetMail(lang, user.name, user.email, url), lang),
        messageId: newMessageId(
          ctx.config.mailFrom.address.split('@')[1] ?? 'tanggap.invalid',
          now.getTime(),
        ),
        thread: null,
        inReplyTo: null,
        references: [],
        autoSubmitted: 'auto-generated',
        lang,
        carriesSecret: true,
      },
      now,
    );
    await recordAccountEvent(
      trx,
      { actorId: null, userId: user.id, type: 'password_reset_requested', data: {} },
      now,
    );
  });
}

const invalidLink = () =>
  new DomainError('password_reset_invalid', {}, [
    {
      field: 'token',
      code: 'invalid_or_expired',
      message: {
        id: 'Tautan tidak valid, sudah dipakai, atau kedaluwarsa. Minta tautan baru.',
        en: 'The link is invalid, already used or expired. Ask for a new one.',
      },
    },
  ]);

/**
 * Sets the new password from a reset link: once, within the hour. The account is unlocked,
 * its other reset links stop working, and every session ends except the one making this
 * request (when it is the same account's).
 */
export async function confirmPasswordReset(
  ctx: AppContext,
  input: { token: string; password: string; sessionToken: string | null },
): Promise<void> {
  const tokenHash = hashToken(input.token);
  const reset = await findPasswordReset(ctx.db, tokenHash);
  const now = ctx.clock.now();
  if (!reset || reset.used_at !== null || Date.parse(reset.expires_at) <= now.getTime()) throw invalidLink();
  const user = await findUserById(ctx.db, reset.user_id);
  if (!user || user.is_active !== 1) throw invalidLink();
  const passwordHash = await hashPassword(input.password);
  const nowIso = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await useReset(trx, tokenHash, nowIso))) throw invalidLink();
    await retireResetsOf(trx, user.id, nowIso);
    await updateUser(
      trx,
      user.id,
      { password_hash: passwordHash, failed_login_count: 0, locked_until: null },
      now,
    );
    await deleteOtherSessionsOf(trx, user.id, input.sessionToken);
    await recordAccountEvent(
      trx,
      { actorId: user.id, userId: user.id, type: 'password_reset', data: {} },
      now,
    );
  });
}
