import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { Password } from './auth.schemas.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';

/** Per client address; an office behind one address may have a few people who forgot. */
const resetRateLimit: RateLimitOptions = { max: 30, timeWindow: '1 hour' };

export function passwordResetRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/password-reset',
      {
        schema: {
          tags: ['auth'],
          summary:
            'Ask for a password reset link by mail. Always 202: the answer never tells whether the address has an account',
          body: z.strictObject({ email: z.email().max(254) }),
          response: { 202: z.null() },
        },
        config: { rateLimit: resetRateLimit },
      },
      async (req, reply) => {
        await requestPasswordReset(ctx, req.body.email);
        return reply.code(202).send(null);
      },
    );

    app.post(
      '/api/auth/password-reset/confirm',
      {
        schema: {
          tags: ['auth'],
          summary:
            "Set a new password with the link's token (once, within an hour); ends the account's other sessions",
          body: z.strictObject({ token: z.string().min(20).max(200), password: Password }),
          response: { 204: z.null() },
        },
        config: { rateLimit: resetRateLimit },
      },
      async (req, reply) => {
        await confirmPasswordReset(ctx, {
          token: req.body.token,
          password: req.body.password,
          sessionToken: req.sessionToken,
        });
        return reply.code(204).send(null);
      },
    );
  };
}
