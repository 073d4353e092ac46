import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';
import type { UserRow } from './users.repository.js';

/** Sessions live 12 hours from the last request (an office day), and never beyond 7 days. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: Db,
  userId: string,
  userAgent: string | null,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/**
 * The live session's account (read with the session, in one query), sliding the session's
 * expiry forward now and then; undefined when there is no such session or it has expired.
 */
const sessionWithUser = prepared((db, args: { hash: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.token_hash', '=', args.hash),
);

export async function resolveSession(db: Db, token: string, now: Date): Promise<UserRow | undefined> {
  const hash = hashToken(token);
  const [found] = await sessionWithUser(db, { hash });
  if (!found) return undefined;
  const {
    session_created_at: createdAt,
    session_last_seen_at: lastSeenAt,
    session_expires_at: expiresAt,
    ...user
  } = found;
  const expired =
    Date.parse(expiresAt) <= now.getTime() || Date.parse(createdAt) + SESSION_MAX_MS <= now.getTime();
  if (expired) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return undefined;
  }
  if (now.getTime() - Date.parse(lastSeenAt) > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      })
      .where('token_hash', '=', hash)
      .execute();
  }
  return user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends a user's sessions except the one whose token is kept (a password change keeps the device in hand). */
export async function deleteOtherSessionsOf(
  db: Db,
  userId: string,
  keptToken: string | null | undefined,
): Promise<void> {
  let others = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keptToken) others = others.where('token_hash', '!=', hashToken(keptToken));
  await others.execute();
}
