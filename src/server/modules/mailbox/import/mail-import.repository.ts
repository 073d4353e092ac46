import type { Db } from '../../../db/connect.js';
import type { MailThread, InboundDisposition } from '../../mail/mail-messages.repository.js';

// What the import of a mailbox reads and writes besides the mail and mailbox records: the
// ticket a reply continues, the reporter's and the sender's accounts, a held mail's release.

/** A ticket by id (the one an earlier mail of the thread belongs to). */
export async function ticketById(db: Db, id: string) {
  return db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The address of an account (the reporter's). */
export async function accountEmail(db: Db, userId: string): Promise<string | undefined> {
  const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  return user?.email;
}

/** The active account of an address, with the roles it holds. */
export async function activeAccountWithRoles(db: Db, email: string) {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  if (!user) return null;
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
  return { user, roles };
}

/**
 * The recorded Message-ID of a held mail takes the released mail's own and where it went; false
 * when it is no longer held (released meanwhile).
 */
export async function releaseRecordedMail(
  db: Db,
  unitCode: string,
  recordedMessageId: string,
  mail: Readonly<{
    messageId: string;
    thread: MailThread;
    ticketId: string | null;
    disposition: InboundDisposition;
  }>,
): Promise<boolean> {
  const updated = await db
    .updateTable('mail_messages')
    .set({
      message_id: mail.messageId,
      thread: mail.thread,
      ticket_id: mail.ticketId,
      disposition: mail.disposition,
    })
    .where('unit_code', '=', unitCode)
    .where('message_id', '=', recordedMessageId)
    .where('disposition', '=', 'held')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
