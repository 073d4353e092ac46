import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import { downloadHeaders } from '../attachments/download-headers.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import {
  dismissHeldMail,
  heldMailToDownload,
  listHeldMail,
  mailboxView,
  releaseHeldMail,
  removeMailbox,
  setMailbox,
} from './mailbox.service.js';
import { MailboxSettingsSchema } from '../units/mailbox-settings.schema.js';

const MailboxResponse = z.object({
  mailbox: MailboxSettingsSchema.nullable(),
  source: z.enum(['file', 'api']).nullable(),
  updatedAt: z.string().nullable(),
  /** Where reporters write; our mail's Reply-To. */
  address: z.string().nullable(),
  /** Whether the variable named by passwordEnv is set on this server (its value is never shown). */
  passwordSet: z.boolean(),
  /** What the name of this unit's password variable must start with (`MAILBOX_` and its ticket prefix). */
  passwordEnvPrefix: z.string(),
  import: z
    .object({
      folder: z.string(),
      lastRunAt: z.string().nullable(),
      lastError: z.string().nullable(),
      lastUid: z.number(),
      uidValidity: z.string().nullable(),
    })
    .nullable(),
});

const HeldMail = z.object({
  id: z.string(),
  reason: z.enum(['unreadable', 'rate_limited', 'too_large', 'import_failed']),
  detail: z.string().nullable(),
  from: z.string().nullable(),
  subject: z.string().nullable(),
  size: z.number(),
  createdAt: z.string(),
  releasedAt: z.string().nullable(),
  ticketCode: z.string().nullable(),
  hasRaw: z.boolean(),
});
const HeldParams = UnitCodeParams.extend({ heldId: z.string().min(1).max(64) });

export function mailboxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const tags = ['mail'];
  return async (app) => {
    app.get(
      '/api/units/:unitCode/mailbox',
      {
        schema: {
          tags,
          summary:
            "The unit's complaint mailbox (IMAP) and how its import goes (unit or deployment administrator)",
          params: UnitCodeParams,
          response: { 200: MailboxResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => mailboxView(ctx, requireActor(req), req.params.unitCode),
    );

    app.put(
      '/api/units/:unitCode/mailbox',
      {
        schema: {
          tags,
          summary:
            'Set the mailbox read over IMAP; the password stays in the environment variable named by passwordEnv',
          params: UnitCodeParams,
          body: MailboxSettingsSchema,
          response: { 200: MailboxResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => setMailbox(ctx, requireActor(req), req.params.unitCode, req.body),
    );

    app.delete(
      '/api/units/:unitCode/mailbox',
      {
        schema: {
          tags,
          summary: "Stop reading the unit's mailbox",
          params: UnitCodeParams,
          response: { 204: z.null() },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req, reply) => {
        await removeMailbox(ctx, requireActor(req), req.params.unitCode);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/units/:unitCode/mail/held',
      {
        schema: {
          tags,
          summary:
            'Mail kept for staff instead of becoming a ticket (unreadable, flooding sender, too large, failing import)',
          params: UnitCodeParams,
          querystring: z.object({
            all: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ held: z.array(HeldMail) }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => {
        const held = await listHeldMail(ctx, requireActor(req), req.params.unitCode, {
          pendingOnly: req.query.all !== 'true',
          limit: req.query.limit,
        });
        return {
          held: held.map(({ row: r, ticketCode }) => ({
            id: r.id,
            reason: r.reason as z.infer<typeof HeldMail>['reason'],
            detail: r.detail,
            from: r.from_address,
            subject: r.subject,
            size: r.size,
            createdAt: r.created_at,
            releasedAt: r.released_at,
            ticketCode,
            hasRaw: r.raw_sha256 !== null,
          })),
        };
      },
    );

    app.get(
      '/api/units/:unitCode/mail/held/:heldId/raw',
      {
        schema: {
          tags,
          summary: 'The held mail as received (.eml), always as a download',
          params: HeldParams,
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req, reply) => {
        const { held, raw } = await heldMailToDownload(
          ctx,
          requireActor(req),
          req.params.unitCode,
          req.params.heldId,
        );
        reply.headers(
          downloadHeaders({ filename: `surel-${held.id}.eml`, mediaType: 'message/rfc822', size: held.size }),
        );
        return reply.send(raw());
      },
    );

    app.post(
      '/api/units/:unitCode/mail/held/:heldId/release',
      {
        schema: {
          tags,
          summary: 'Import a held mail now, without the sender limit (flooding sender, failing import)',
          params: HeldParams,
          response: { 200: z.object({ outcome: z.string(), ticketCode: z.string().nullable() }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => releaseHeldMail(ctx, requireActor(req), req.params.unitCode, req.params.heldId),
    );

    app.post(
      '/api/units/:unitCode/mail/held/:heldId/dismissal',
      {
        schema: {
          tags,
          summary: 'Mark a held mail as dealt with',
          params: HeldParams,
          response: { 204: z.null() },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req, reply) => {
        await dismissHeldMail(ctx, requireActor(req), req.params.unitCode, req.params.heldId);
        return reply.code(204).send(null);
      },
    );
  };
}
