import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/errors.js';
import { transition } from '../../../domain/tickets/lifecycle.js';
import type { AppContext } from '../../context/app-context.js';
import { newId } from '../../core/ids.js';
import { changeTicket } from './change-ticket.js';
import { loadTicketFor } from './ticket-access.js';
import { ticketView } from './ticket-views.js';
import { AttachmentView, CodeParams, TicketView } from './tickets.schemas.js';
import { presentAttachment } from './attachments.presenter.js';
import { DEFAULT_ATTACHMENT_POLICY, type AttachmentPolicy } from '../attachments/attachment-policy.js';
import { attachmentStoreFor } from '../attachments/database-attachment-store.js';
import {
  findAttachment,
  insertAttachments,
  type AttachmentRow,
} from '../attachments/attachments.repository.js';
import { downloadHeaders } from '../attachments/download-headers.js';
import { receiveFile, type ReceivedFile } from '../attachments/receive-upload.js';

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
        const pin = req.query.pin;
        // Refuse before reading a byte of the upload if this person may not attach here.
        const access = await loadTicketFor(ctx, ctx.db, req.params.code, req.actor, { pin });
        transition('attach', access.state, access.parties);
        const internal =
          req.query.internal === 'true' && access.parties.some((p) => p !== 'reporter' && p !== 'tracker');
        const received: ReceivedFile[] = [];
        try {
          for await (const part of req.files({
            limits: { fileSize: policy.maxBytes + 1, files: policy.maxFiles },
          })) {
            received.push(await receiveFile(part, store, policy));
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_FILES_LIMIT')
            throw new DomainError('too_many_attachments', { max: policy.maxFiles }, [
              { field: 'files', code: 'too_many' },
            ]);
          throw error;
        }
        if (received.length === 0)
          throw new DomainError('validation_failed', {}, [{ field: 'files', code: 'required' }]);
        const rows: AttachmentRow[] = [];
        const changed = await changeTicket(ctx, {
          code: req.params.code,
          actor: req.actor,
          pin,
          action: 'attach',
          eventType: 'attachment_added',
          data: {
            files: received.map((f) => ({
              filename: f.filename,
              size: f.size,
              mediaType: f.type.mediaType,
              sha256: f.sha256,
            })),
            internal,
          },
          alsoWrite: async (trx, row, _messageId, nowIso) => {
            for (const f of received) {
              rows.push({
                id: newId(Date.parse(nowIso)),
                ticket_id: row.id,
                message_id: null,
                sha256: f.sha256,
                filename: f.filename,
                media_type: f.type.mediaType,
                size: f.size,
                visibility: internal ? 'internal' : 'public',
                uploaded_by_id: req.actor?.userId ?? null,
                created_at: nowIso,
              });
            }
            await insertAttachments(trx, rows);
          },
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
        const access = await loadTicketFor(ctx, ctx.db, req.params.code, req.actor, { pin: req.query.pin });
        const row = await findAttachment(ctx.db, access.row.id, req.params.attachmentId);
        const staff = access.parties.some((p) => p !== 'reporter' && p !== 'tracker');
        if (!row || (row.visibility === 'internal' && !staff)) throw new DomainError('not_found');
        // Checked before the headers: a file gone from storage (a lost volume, an instance
        // without the shared folder) is said plainly, not a download cut off by a stream error.
        if (!(await store.exists(row.sha256))) throw new DomainError('attachment_unavailable');
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
