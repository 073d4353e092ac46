import type { z } from 'zod';
import type { AttachmentView } from './tickets.schemas.js';
import type { AttachmentRow } from '../attachments/attachments.repository.js';

export function presentAttachment(row: AttachmentRow): z.infer<typeof AttachmentView> {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    visibility: row.visibility === 'internal' ? 'internal' : 'public',
    createdAt: row.created_at,
  };
}
