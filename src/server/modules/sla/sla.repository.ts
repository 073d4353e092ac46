import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';
import type { TicketEventsTable as EventRow, TicketsTable as TicketRow } from '../../db/schema.js';

/** What the SLA clock reads of an event: when it happened and what it changed. */
export type ClockEvent = Pick<EventRow, 'at' | 'data_json'>;

const clockEventsOfTicket = prepared((db, args: { ticketId: string }) =>
  db
    .selectFrom('ticket_events')
    .select(['at', 'data_json'])
    .where('ticket_id', '=', args.ticketId)
    .orderBy('version'),
);

/** A ticket's history as far as the SLA clock reads it, in order. */
export async function clockEventsOf(db: Db, ticketId: string): Promise<ClockEvent[]> {
  return clockEventsOfTicket(db, { ticketId });
}

/** The clock's events of several tickets in one query, by ticket and in order. */
export async function clockEventsOfTickets(
  db: Db,
  ticketIds: readonly string[],
): Promise<Array<ClockEvent & Pick<EventRow, 'ticket_id'>>> {
  return db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'at', 'data_json'])
    .where('ticket_id', 'in', ticketIds)
    .orderBy('ticket_id')
    .orderBy('version')
    .execute();
}

/** Writes a ticket's SLA columns. */
export async function updateSlaColumns(
  db: Db,
  ticketId: string,
  columns: Pick<TicketRow, 'due_at' | 'at_risk_at'>,
): Promise<void> {
  await db.updateTable('tickets').set(columns).where('id', '=', ticketId).execute();
}

/**
 * Open tickets whose SLA columns say they are at risk or past due and whose state staff have
 * not yet been told, soonest first.
 */
export async function ticketsToWarn(db: Db, nowIso: string, limit: number): Promise<TicketRow[]> {
  return db
    .selectFrom('tickets')
    .selectAll()
    .where('status', 'in', ['new', 'in_progress'])
    .where('at_risk_at', '<=', nowIso)
    .where((eb) =>
      eb.or([
        eb('sla_notified', 'is', null),
        eb.and([eb('sla_notified', '=', 'at_risk'), eb('due_at', '<=', nowIso)]),
      ]),
    )
    .orderBy('at_risk_at')
    .limit(limit)
    .execute();
}

/** Remembers the worst SLA state staff were told of. */
export async function markSlaNotified(
  db: Db,
  ticketId: string,
  state: 'at_risk' | 'breached',
): Promise<void> {
  await db.updateTable('tickets').set({ sla_notified: state }).where('id', '=', ticketId).execute();
}
