import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { pickLanguage } from '../../http/language.js';
import { loginRateLimit, registerRateLimit } from '../../http/rate-limits.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../http/session.js';
import { deleteSession } from '../accounts/sessions.repository.js';
import { LoginBody, MeResponse, Password, RegisterBody, UserResponse } from './auth.schemas.js';
import { changePassword, login, registerUser } from './auth.service.js';
import { presentUser } from '../accounts/users.presenter.js';
import { accountCapabilities } from './account-capabilities.js';
import { rolesOf } from '../accounts/users.repository.js';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/register',
      {
        schema: {
          tags: ['auth'],
          summary: 'Register as a service user (penyedia, PPK, Pokja, PP, other)',
          body: RegisterBody,
          response: { 201: UserResponse },
        },
        config: { rateLimit: registerRateLimit },
      },
      async (req, reply) => {
        const user = await registerUser(ctx, req.body, pickLanguage(req.headers['accept-language']));
        return reply.code(201).send({ user });
      },
    );

    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in; sets the session cookie',
          body: LoginBody,
          response: { 200: UserResponse },
        },
        config: { rateLimit: loginRateLimit },
      },
      async (req, reply) => {
        const { user, token } = await login(ctx, {
          ...req.body,
          userAgent: req.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, token, ctx.config);
        return { user };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        schema: { tags: ['auth'], summary: 'Sign out; ends the session', response: { 204: z.null() } },
      },
      async (req, reply) => {
        if (req.sessionToken) await deleteSession(ctx.db, req.sessionToken);
        clearSessionCookie(reply, ctx.config);
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/api/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change my password (other sessions end)',
          body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password }),
          response: { 204: z.null() },
        },
        preHandler: ctx.auth.requireUser,
        config: { rateLimit: loginRateLimit },
      },
      async (req, reply) => {
        await changePassword(ctx, requireActor(req).userId, req.sessionToken, req.body);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        schema: {
          tags: ['auth'],
          summary:
            'The signed-in account with its roles, and what it may do: per unit (intake, handling, coordination, reports, administration, the roles it may grant) and across the deployment',
          response: { 200: MeResponse },
        },
      },
      async (req) => {
        if (!req.user) throw new DomainError('unauthenticated');
        const actor = requireActor(req);
        const [roles, capabilities] = await Promise.all([
          rolesOf(ctx.db, req.user.id),
          accountCapabilities(ctx.db, actor),
        ]);
        return { user: presentUser(req.user, roles), capabilities };
      },
    );
  };
}
