import type { Tier } from '../../../domain/tickets/vocabulary.js';
import type { Db } from '../../db/connect.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import { tierStaff } from './ticket-notifications.js';
import type { OutboxRow } from './outbox.repository.js';
import { ticketOfMail } from './ticket-mail.repository.js';

/**
 * A mail to a reporter that could not be delivered is not silently given up: whoever holds the
 * ticket hears of it in the app, to reach the reporter another way (telephone).
 */
export async function notifyMailFailed(db: Db, row: OutboxRow, error: string, now: Date): Promise<void> {
  if (!row.ticket_id || !row.kind.startsWith('reporter_')) return;
  const ticket = await ticketOfMail(db, row.ticket_id);
  if (!ticket) return;
  const users = ticket.assignee_id ? [ticket.assignee_id] : await tierStaff(db, ticket, ticket.tier as Tier);
  await insertNotifications(
    db,
    users.map((userId) => ({
      userId,
      ticketId: ticket.id,
      type: 'mail_failed',
      dedupeKey: `mail_failed:${row.id}`,
      data: { code: ticket.code, subject: ticket.subject, mailKind: row.kind, error },
    })),
    now,
  );
}
