import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { sessionCookieName } from './session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that carry the session cookie but come from another site
 * (defence in depth beside the SameSite=Strict cookie). Same-origin is the public URL, or the
 * host the request was sent to.
 */
export function registerOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  const cookieName = sessionCookieName(publicUrl);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.cookies[cookieName]) return;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') throw new DomainError('cross_site_request');
    const origin = request.headers.origin;
    if (!origin) return;
    const requestOrigin = `${request.protocol}://${request.host}`;
    if (origin !== publicOrigin && origin !== requestOrigin) throw new DomainError('cross_site_request');
  });
}
