import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { ticketView } from './ticket-views.js';
import { AttachmentView, CodeParams, TicketView } from './tickets.schemas.js';
import { presentAttachment } from './attachments.presenter.js';
import { attachFiles, attachmentToDownload } from './ticket-attachments.js';
import { DEFAULT_ATTACHMENT_POLICY, type AttachmentPolicy } from '../attachments/attachment-policy.js';
import { attachmentStoreFor } from '../attachments/database-attachment-store.js';
import { downloadHeaders } from '../attachments/download-headers.js';

export function attachmentsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const store = attachmentStoreFor(ctx.config, ctx.db);
  const policy: AttachmentPolicy = { ...DEFAULT_ATTACHMENT_POLICY, maxBytes: ctx.config.attachmentMaxBytes };
  return async (app) => {
    app.post(
      '/api/tickets/:code/attachments',
      {
        schema: {
          tags: ['tickets'],
          summary: `Attach files (multipart/form-data, field "files"; at most ${policy.maxFiles}; PDF, images, Office documents, text, ZIP)`,
          consumes: ['multipart/form-data'],
          params: CodeParams,
          querystring: z.object({
            pin: z.string().max(20).optional(),
            internal: z.enum(['true', 'false']).optional(),
          }),
          response: { 201: z.object({ attachments: z.array(AttachmentView), ticket: TicketView }) },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new DomainError('unsupported_media_type');
        const { rows, changed } = await attachFiles(ctx, {
          code: req.params.code,
          actor: req.actor,
          pin: req.query.pin,
          internal: req.query.internal === 'true',
          files: (limits) => req.files({ limits }),
          store,
          policy,
        });
        return reply
          .code(201)
          .send({ attachments: rows.map(presentAttachment), ticket: await ticketView(ctx, changed) });
      },
    );

    app.get(
      '/api/tickets/:code/attachments/:attachmentId',
      {
        schema: {
          tags: ['tickets'],
          summary: 'Download an attachment (always as a download, never rendered as a page)',
          params: CodeParams.extend({ attachmentId: z.string().min(1).max(64) }),
          querystring: z.object({
            pin: z.string().max(20).optional(),
            inline: z.enum(['true', 'false']).optional(),
          }),
        },
      },
      async (req, reply) => {
        const row = await attachmentToDownload(ctx, {
          code: req.params.code,
          actor: req.actor,
          pin: req.query.pin,
          attachmentId: req.params.attachmentId,
          store,
        });
        reply.headers(
          downloadHeaders(
            { filename: row.filename, mediaType: row.media_type, size: row.size },
            { inline: req.query.inline === 'true' },
          ),
        );
        return reply.send(store.open(row.sha256));
      },
    );
  };
}
