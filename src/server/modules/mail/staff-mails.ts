import type { Kind, Tier } from '../../../domain/tickets/vocabulary.js';
import type { Db } from '../../db/connect.js';
import { staffMail, STAFF_MAIL_EVENTS, type StaffMailEvent } from '../../mail/staff-mail-templates.js';
import { wantingMail } from '../notifications/notification-preferences.repository.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';
import { queueTicketMail, unitMailFacts, type MailConfig, type UnitMailFacts } from './queue-ticket-mail.js';

export function isStaffMailEvent(type: string): type is StaffMailEvent {
  return (STAFF_MAIL_EVENTS as readonly string[]).includes(type);
}

/**
 * Queues the staff mail of one notification for each person who keeps it switched on, in the
 * caller's transaction. `occurrence` tells this fact apart from the same kind of fact later
 * (the ticket version, or the SLA state), so running twice queues once. `ticket` is the row as
 * it now stands (its due time goes in the mail); `known` carries what the caller has already
 * worked out: the SLA figures, the unit's mail facts.
 */
export async function queueStaffMails(
  db: Db,
  config: MailConfig,
  ticket: TicketRow,
  event: StaffMailEvent,
  userIds: readonly string[],
  occurrence: string,
  now: Date,
  known: Readonly<{
    sla?: Readonly<{ usedMinutes: number; targetMinutes: number; dueAt: string }>;
    unit?: () => Promise<UnitMailFacts>;
  }> = {},
): Promise<void> {
  const people = await wantingMail(db, userIds, event);
  if (people.length === 0) return;
  const unit = await (known.unit ?? (() => unitMailFacts(db, ticket.unit_code)))();
  const sla = known.sla;
  for (const person of people) {
    const lang = person.locale === 'en' ? 'en' : 'id';
    const content = staffMail(event, {
      lang,
      code: ticket.code,
      subject: ticket.confidential === 1 ? null : ticket.subject,
      kind: ticket.kind as Kind,
      channel: ticket.channel,
      tier: ticket.tier as Tier,
      unitName: unit.name,
      timeZone: unit.timeZone,
      dueAt: sla?.dueAt ?? ticket.due_at,
      ticketUrl: `${config.publicUrl}/tiket/${encodeURIComponent(ticket.code)}`,
      settingsUrl: `${config.publicUrl}/akun`,
      ...(sla ? { sla: { usedMinutes: sla.usedMinutes, targetMinutes: sla.targetMinutes } } : {}),
    });
    await queueTicketMail(
      db,
      config,
      ticket,
      unit,
      {
        kind: `staff_${event}`,
        dedupeKey: `staff_${event}:${ticket.id}:${occurrence}:${person.id}`,
        thread: 'staff',
        to: { address: person.email, name: person.name, userId: person.id },
        lang,
        content,
        autoSubmitted: 'auto-generated',
        carriesSecret: false,
      },
      now,
    );
  }
}
