import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import { countUnread, markRead, notificationsOf } from './notifications.repository.js';

const NotificationView = z.object({
  id: z.string(),
  type: z.string(),
  ticketCode: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export function notificationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'My in-app notifications, newest first',
          querystring: z.object({
            unread: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(100).default(30),
          }),
          response: {
            200: z.object({ notifications: z.array(NotificationView), unreadCount: z.number().int() }),
          },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => {
        const actor = requireActor(req);
        const rows = await notificationsOf(ctx.db, actor.userId, {
          unreadOnly: req.query.unread === 'true',
          limit: req.query.limit,
        });
        return {
          notifications: rows.map((r) => ({
            id: r.id,
            type: r.type,
            ticketCode: r.ticket_code,
            data: JSON.parse(r.data_json) as Record<string, unknown>,
            createdAt: r.created_at,
            readAt: r.read_at,
          })),
          unreadCount: await countUnread(ctx.db, actor.userId),
        };
      },
    );

    app.post(
      '/api/notifications/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Mark notifications read (some, or all)',
          body: z.strictObject({
            ids: z.array(z.string().max(64)).max(200).optional(),
            all: z.boolean().optional(),
          }),
          response: { 200: z.object({ unreadCount: z.number().int() }) },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => {
        const actor = requireActor(req);
        await markRead(ctx.db, actor.userId, req.body.all ? 'all' : (req.body.ids ?? []), ctx.clock.now());
        return { unreadCount: await countUnread(ctx.db, actor.userId) };
      },
    );
  };
}
