import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDeploymentAdmin, type Actor } from '../../domain/accounts/roles.js';
import { DomainError } from '../../domain/errors.js';
import type { AuthGuards, Clock } from '../context/app-context.js';
import type { Config } from '../core/config.js';
import type { Db } from '../db/connect.js';
import { resolveSession, SESSION_IDLE_MS } from '../modules/accounts/sessions.repository.js';
import { actorGrantsOf, type UserRow } from '../modules/accounts/users.repository.js';

export const SESSION_COOKIE = 'tanggap_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, when there is one. */
    user: UserRow | null;
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** Resolves the session cookie to an account on every request. */
export function registerSessions(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  app.decorateRequest('user', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    const user = await resolveSession(deps.db, unsigned.value, deps.clock.now());
    if (!user || user.is_active !== 1) return;
    request.user = user;
    request.sessionToken = unsigned.value;
    request.actor = { userId: user.id, roles: await actorGrantsOf(deps.db, user.id) };
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    signed: true,
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
  });
}

/** The actor or an `unauthenticated` error. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated');
  return request.actor;
}

export const authGuards: AuthGuards = {
  requireUser: async (request) => {
    requireActor(request);
  },
  requireStaff: async (request) => {
    if (requireActor(request).roles.length === 0) throw new DomainError('forbidden');
  },
  requireNationalAdmin: async (request) => {
    const actor = requireActor(request);
    if (!isDeploymentAdmin(actor)) throw new DomainError('forbidden');
  },
};
