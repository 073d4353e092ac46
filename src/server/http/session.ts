import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasDeploymentCapability } from '../../domain/accounts/capabilities.js';
import type { Actor } from '../../domain/accounts/roles.js';
import { DomainError } from '../../domain/errors.js';
import type { AuthGuards, Clock } from '../context/app-context.js';
import type { Config } from '../core/config.js';
import type { Db } from '../db/connect.js';
import { resolveSession, SESSION_IDLE_MS } from '../modules/accounts/sessions.repository.js';
import { actorGrantsOf, type UserRow } from '../modules/accounts/users.repository.js';

const SESSION_COOKIE = 'tanggap_session';

/**
 * The session cookie's name: with the `__Host-` prefix when the service is served over https,
 * so a browser only takes it when it is Secure, for path `/` and without a Domain: no other
 * host of the domain (nor anyone on plain http) can set or shadow it. Over http (a laptop, a
 * test) browsers refuse the prefix, so the plain name is used. Only one name is read: moving
 * a deployment to https signs everyone out once.
 */
export function sessionCookieName(publicUrl: string): string {
  return isHttps(publicUrl) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The service is reached over https: secure cookies, HSTS and upgraded requests then. */
export function isHttps(publicUrl: string): boolean {
  return publicUrl.startsWith('https://');
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, when there is one. */
    user: UserRow | null;
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** Resolves the session cookie to an account on every request. */
export function registerSessions(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; publicUrl: string },
): void {
  const cookieName = sessionCookieName(deps.publicUrl);
  app.decorateRequest('user', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const raw = request.cookies[cookieName];
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
  reply.setCookie(sessionCookieName(config.publicUrl), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(config.publicUrl),
    signed: true,
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config.publicUrl), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(config.publicUrl),
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
    if (!hasDeploymentCapability(requireActor(request), 'console')) throw new DomainError('forbidden');
  },
  requireNationalAdmin: async (request) => {
    const actor = requireActor(request);
    if (!hasDeploymentCapability(actor, 'administerDeployment')) throw new DomainError('forbidden');
  },
};
