import type { Attachment } from 'mailparser';
import { newId } from '../../../core/ids.js';
import {
  ATTACHMENT_TYPES,
  type AllowedType,
  type AttachmentPolicy,
} from '../../attachments/attachment-policy.js';
import type { AttachmentStore } from '../../attachments/attachment-store.js';
import type { AttachmentRow } from '../../attachments/attachments.repository.js';
import { detectFileType, FILE_HEAD_BYTES } from '../../attachments/file-type.js';
import { safeFilename } from '../../attachments/safe-filename.js';

export type AcceptedPart = Readonly<{ sha256: string; size: number; filename: string; type: AllowedType }>;
export type RefusedPart = Readonly<{
  filename: string;
  size: number;
  reason: 'too_large' | 'type_refused' | 'too_many';
}>;

/**
 * The attachments of a mail under the same rules as uploads (size, count, type decided by the
 * content and the name together). Accepted parts are stored; refused ones are listed, never
 * silently dropped — the importer writes them into an internal note.
 */
export async function storeMailAttachments(
  parts: readonly Attachment[],
  store: AttachmentStore,
  policy: AttachmentPolicy,
): Promise<{ accepted: AcceptedPart[]; refused: RefusedPart[] }> {
  const accepted: AcceptedPart[] = [];
  const refused: RefusedPart[] = [];
  for (const part of parts) {
    const filename = safeFilename(part.filename ?? defaultName(part.contentType));
    const size = part.content.length;
    if (size > policy.maxBytes) refused.push({ filename, size, reason: 'too_large' });
    else if (accepted.length >= policy.maxFiles) refused.push({ filename, size, reason: 'too_many' });
    else {
      const type = detectFileType(part.content.subarray(0, FILE_HEAD_BYTES), filename, policy.allowed);
      if (!type) refused.push({ filename, size, reason: 'type_refused' });
      else accepted.push({ ...(await store.put(part.content, policy)), filename, type });
    }
  }
  return { accepted, refused };
}

/** Rows for the accepted parts, for the transaction that records the mail. */
export function attachmentRows(
  parts: readonly AcceptedPart[],
  ticketId: string,
  messageId: string | null,
  visibility: 'public' | 'internal',
  nowIso: string,
): AttachmentRow[] {
  return parts.map((p) => ({
    id: newId(Date.parse(nowIso)),
    ticket_id: ticketId,
    message_id: messageId,
    sha256: p.sha256,
    filename: p.filename,
    media_type: p.type.mediaType,
    size: p.size,
    visibility,
    uploaded_by_id: null,
    created_at: nowIso,
  }));
}

/** The internal note that lists what was not accepted, in Bahasa Indonesia and English. */
export function refusedPartsNote(
  refused: readonly RefusedPart[],
  maxMb: number,
  maxFiles: number,
): string | null {
  if (refused.length === 0) return null;
  const reasons: Record<RefusedPart['reason'], string> = {
    too_large: `lebih dari ${maxMb} MB / over ${maxMb} MB`,
    type_refused: 'jenis berkas tidak diterima / file type not accepted',
    too_many: `lebih dari ${maxFiles} lampiran / more than ${maxFiles} attachments`,
  };
  const lines = refused.map((r) => `- ${r.filename} (${Math.ceil(r.size / 1024)} KB): ${reasons[r.reason]}`);
  return [
    'Lampiran surel yang tidak diterima / Email attachments not accepted:',
    ...lines,
    'Surel asli tetap ada di kotak surat unit. / The original mail is still in the unit mailbox.',
  ].join('\n');
}

/** A name for a part that has none, from its declared type (the content still decides). */
function defaultName(contentType: string): string {
  const type = Object.values(ATTACHMENT_TYPES).find((t) => t.mediaType === contentType.toLowerCase());
  return type ? `lampiran.${type.extensions[0]}` : 'lampiran';
}
