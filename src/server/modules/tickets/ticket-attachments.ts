import type { MultipartFile } from '@fastify/multipart';
import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { transition } from '../../../domain/tickets/lifecycle.js';
import type { AppContext } from '../../context/app-context.js';
import { newId } from '../../core/ids.js';
import type { AttachmentPolicy } from '../attachments/attachment-policy.js';
import type { AttachmentStore } from '../attachments/attachment-store.js';
import {
  findAttachment,
  insertAttachments,
  type AttachmentRow,
} from '../attachments/attachments.repository.js';
import { receiveFile, type ReceivedFile } from '../attachments/receive-upload.js';
import { changeTicket } from './change-ticket.js';
import { loadTicketFor } from './ticket-access.js';

export type AttachFiles = Readonly<{
  code: string;
  actor: Actor | null;
  pin: string | undefined;
  /** Asked for staff eyes only; granted to staff alone. */
  internal: boolean;
  /** The upload's files, read only once the person may attach (`limits` as the policy says). */
  files: (limits: { fileSize: number; files: number }) => AsyncIterable<MultipartFile>;
  store: AttachmentStore;
  policy: AttachmentPolicy;
}>;

/**
 * Files attached to a ticket: refused before a byte of the upload is read if this person may
 * not attach here; each file stored and checked against the policy; then one change of the
 * ticket (`attachment_added`) that writes the attachment rows in its transaction.
 */
export async function attachFiles(ctx: AppContext, input: AttachFiles) {
  const { pin, store, policy } = input;
  const access = await loadTicketFor(ctx, ctx.db, input.code, input.actor, { pin });
  transition('attach', access.state, access.parties);
  const internal = input.internal && access.parties.some((p) => p !== 'reporter' && p !== 'tracker');
  const received: ReceivedFile[] = [];
  try {
    for await (const part of input.files({ fileSize: policy.maxBytes + 1, files: policy.maxFiles })) {
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
    code: input.code,
    actor: input.actor,
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
          uploaded_by_id: input.actor?.userId ?? null,
          created_at: nowIso,
        });
      }
      await insertAttachments(trx, rows);
    },
  });
  return { rows, changed };
}

/**
 * An attachment this person may download: internal ones to staff only, and only while its
 * content is still in storage.
 */
export async function attachmentToDownload(
  ctx: AppContext,
  input: Readonly<{
    code: string;
    actor: Actor | null;
    pin: string | undefined;
    attachmentId: string;
    store: AttachmentStore;
  }>,
): Promise<AttachmentRow> {
  const access = await loadTicketFor(ctx, ctx.db, input.code, input.actor, { pin: input.pin });
  const row = await findAttachment(ctx.db, access.row.id, input.attachmentId);
  const staff = access.parties.some((p) => p !== 'reporter' && p !== 'tracker');
  if (!row || (row.visibility === 'internal' && !staff)) throw new DomainError('not_found');
  // Checked before the headers: a file gone from storage (a lost volume, an instance
  // without the shared folder) is said plainly, not a download cut off by a stream error.
  if (!(await input.store.exists(row.sha256))) throw new DomainError('attachment_unavailable');
  return row;
}
