import type { Db } from '../../db/connect.js';
import type { AttachmentsTable } from '../../db/schema.js';

export type AttachmentRow = AttachmentsTable;

export async function insertAttachments(db: Db, rows: readonly AttachmentRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('attachments')
      .values([...rows])
      .execute();
}

export async function attachmentsOf(
  db: Db,
  ticketId: string,
  includeInternal: boolean,
): Promise<AttachmentRow[]> {
  let query = db.selectFrom('attachments').selectAll().where('ticket_id', '=', ticketId);
  if (!includeInternal) query = query.where('visibility', '=', 'public');
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function findAttachment(
  db: Db,
  ticketId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .where('id', '=', id)
    .executeTakeFirst();
}
