import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context/app-context.js';
import { ping } from './db/ping.js';

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'The process is up',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'The database answers',
          response: {
            200: z.object({ status: z.literal('ready'), database: z.string() }),
            503: z.object({ status: z.literal('unavailable'), database: z.string() }),
          },
        },
      },
      async (_req, reply) => {
        try {
          await ping(ctx.db);
          return { status: 'ready' as const, database: ctx.dialect };
        } catch (error) {
          ctx.log.warn({ err: error }, 'database not reachable');
          return reply.code(503).send({ status: 'unavailable' as const, database: ctx.dialect });
        }
      },
    );
  };
}
