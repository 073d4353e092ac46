import type { StaffRole, UnitKind } from '../../../domain/accounts/roles.js';
import type { EventType } from '../../../domain/tickets/events.js';
import { isComplaint } from '../../../domain/tickets/kinds.js';
import type { NotificationType } from '../../../domain/tickets/notifications.js';
import type { Kind } from '../../../domain/tickets/vocabulary.js';
import { deskOf, type LkppMode, type Tier } from '../../../domain/tiers/tiers.js';
import type { Db } from '../../db/connect.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';
import { queueReporterMail } from './reporter-mails.js';
import { isStaffMailEvent, queueStaffMails } from './staff-mails.js';
import { unitMailFacts, type MailConfig, type UnitMailFacts } from './queue-ticket-mail.js';
import { nationalStaff, staffOfUnit } from './ticket-mail.repository.js';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository.js';

/** Active staff holding a role on a unit, or on any national unit for a national desk. */
async function staffWithRole(
  db: Db,
  role: StaffRole,
  unitCode: string,
  unitKind: UnitKind = 'lpse',
): Promise<string[]> {
  const rows =
    unitKind === 'national' ? await nationalStaff(db, { role }) : await staffOfUnit(db, { role, unitCode });
  return [...new Set(rows.map((r) => r.id))];
}

/** The people who answer for a tier of this ticket (in external mode, Admin PPE relays LKPP). */
export async function tierStaff(
  db: Db,
  ticket: Pick<TicketRow, 'unit_code' | 'lkpp_mode'>,
  tier: Tier,
): Promise<string[]> {
  const desk = deskOf(tier, ticket.lkpp_mode as LkppMode);
  return staffWithRole(db, desk.role, ticket.unit_code, desk.unitKind);
}

export async function kepalaOf(db: Db, unitCode: string): Promise<string[]> {
  return staffWithRole(db, 'kepala', unitCode);
}

type EventFacts = Readonly<{
  type: EventType;
  version: number;
  actorId: string | null;
  /** The message the change carried (a reply, a question, the answer): the reporter's mail quotes it. */
  message?: Readonly<{ visibility: string; purpose: string; body: string }> | undefined;
  /** At creation, for a reporter without an account: the acknowledgement carries the PIN. */
  trackingPin?: string | null | undefined;
}>;

/**
 * Who hears of a change to a ticket, in the app and by mail: the tier it reaches, the Kepala
 * LPSE for complaints and extensions, the reporter for what is said to them. Never the person
 * who acted. Written in the transaction of the change: in-app rows and the mail outbox alike,
 * so a change never commits without its notices, nor notices without the change. `ticket` is
 * the row as it now stands, SLA columns included.
 */
export async function notifyTicketEvent(
  db: Db,
  ticket: TicketRow,
  event: EventFacts,
  now: Date,
  mail: MailConfig,
): Promise<void> {
  const tier = ticket.tier as Tier;
  const recipients: Array<{ users: string[]; type: NotificationType }> = [];
  const holders = async () => (ticket.assignee_id ? [ticket.assignee_id] : tierStaff(db, ticket, tier));
  switch (event.type) {
    case 'created':
      recipients.push({ users: await tierStaff(db, ticket, 'helpdesk'), type: 'ticket_new' });
      if (isComplaint(ticket.kind as Kind))
        recipients.push({ users: await kepalaOf(db, ticket.unit_code), type: 'complaint_awaiting_kepala' });
      break;
    case 'escalated':
      recipients.push({ users: await tierStaff(db, ticket, tier), type: 'ticket_escalated' });
      break;
    case 'returned':
      recipients.push({ users: await tierStaff(db, ticket, tier), type: 'ticket_returned' });
      break;
    case 'reporter_answered':
    case 'claimed':
    case 'reopened':
    case 'mail_received':
      recipients.push({ users: await holders(), type: `ticket_${event.type}` });
      break;
    case 'extension_requested':
      recipients.push({ users: await kepalaOf(db, ticket.unit_code), type: 'extension_requested' });
      break;
    case 'replied':
    case 'info_requested':
    case 'resolved':
      if (ticket.reporter_user_id)
        recipients.push({ users: [ticket.reporter_user_id], type: `reporter_${event.type}` });
      break;
    default:
      break;
  }
  const items: NewNotification[] = recipients.flatMap(({ users, type }) =>
    users
      .filter((u) => u !== event.actorId)
      .map((userId) => ({
        userId,
        ticketId: ticket.id,
        type,
        dedupeKey: `${type}:${ticket.id}:${event.version}`,
        data: { code: ticket.code, subject: ticket.subject, tier, status: ticket.status },
      })),
  );
  await insertNotifications(db, items, now);
  let facts: Promise<UnitMailFacts> | undefined;
  const unit = () => (facts ??= unitMailFacts(db, ticket.unit_code));
  for (const { users, type } of recipients) {
    if (isStaffMailEvent(type))
      await queueStaffMails(
        db,
        mail,
        ticket,
        type,
        users.filter((u) => u !== event.actorId),
        String(event.version),
        now,
        { unit },
      );
  }
  await queueReporterMail(db, mail, ticket, event, now, unit);
}
