import { sql } from 'kysely';
import type { EventType } from '../../../domain/tickets/events.js';
import type { MessagePurpose } from '../../../domain/tickets/messages.js';
import type { Db } from '../../db/connect.js';
import type { TicketEventsTable, TicketMessagesTable, TicketsTable } from '../../db/schema.js';
import { newId } from '../../core/ids.js';
import { insertRow, prepared } from '../../db/prepared.js';

export type TicketRow = TicketsTable;
export type MessageRow = TicketMessagesTable;
export type EventRow = TicketEventsTable;

const ticketByCode = prepared((db, args: { code: string }) =>
  db.selectFrom('tickets').selectAll().where('code', '=', args.code),
);

export async function findTicketByCode(db: Db, code: string): Promise<TicketRow | undefined> {
  const [row] = await ticketByCode(db, { code: code.trim().toUpperCase() });
  return row;
}

/**
 * Takes the next number of a unit's yearly sequence. One statement, so concurrent creations
 * on any instance each get their own number (a rolled-back transaction may leave a gap).
 */
export async function nextTicketSeq(db: Db, unitCode: string, year: number): Promise<number> {
  const [row] = await takeTicketSeq(db, { unitCode, year });
  if (!row) throw new Error(`no ticket number taken for ${unitCode} ${year}`);
  return Number(row.last_seq);
}

const takeTicketSeq = prepared((db, args: { unitCode: string; year: number }) =>
  db
    .insertInto('ticket_counters')
    .values({ unit_code: args.unitCode, year: args.year, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['unit_code', 'year'])
        .doUpdateSet((eb) => ({ last_seq: eb('ticket_counters.last_seq', '+', 1) })),
    )
    .returning('last_seq'),
);

/** Inserts a new ticket; the caller records it in the counts (`recordCountChange`) before committing. */
export async function insertTicket(db: Db, row: TicketRow): Promise<void> {
  await insertRow(db, 'tickets', row);
}

/**
 * Writes a change only if nobody changed the ticket since `before.version`; false when someone
 * did. The caller records the change in the counts (`recordCountChange`) before committing.
 */
export async function updateTicketAtVersion(
  db: Db,
  before: TicketRow,
  patch: Partial<TicketRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('tickets')
    .set({ ...patch, version: before.version + 1 })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

type Counted = Pick<TicketRow, 'unit_code' | 'status' | 'tier' | 'confidential'>;

function countKey(t: Counted): string {
  return `${t.unit_code}|${t.status}|${t.tier}|${t.confidential}`;
}

/**
 * Keeps `ticket_counts` in step with a ticket's creation (`before` null) or change, in the
 * transaction that wrote it: `openTicket` and `changeTicket`, the only writers of the
 * counted columns, call it last, so on PostgreSQL the count's row stays locked only for the
 * moment before the commit.
 */
export async function recordCountChange(db: Db, before: Counted | null, after: Counted): Promise<void> {
  if (before && countKey(before) === countKey(after)) return;
  if (before) await bumpCount(db, countMove(before, -1));
  await bumpCount(db, countMove(after, 1));
}

function countMove(t: Counted, delta: 1 | -1): Counted & { delta: 1 | -1 } {
  return { unit_code: t.unit_code, status: t.status, tier: t.tier, confidential: t.confidential, delta };
}

const bumpCount = prepared((db, t: Counted & { delta: 1 | -1 }) =>
  db
    .insertInto('ticket_counts')
    .values({
      unit_code: t.unit_code,
      status: t.status,
      tier: t.tier,
      confidential: t.confidential,
      n: t.delta,
    })
    .onConflict((oc) =>
      oc
        .columns(['unit_code', 'status', 'tier', 'confidential'])
        .doUpdateSet((eb) => ({ n: eb('ticket_counts.n', '+', t.delta) })),
    ),
);

/** Marks columns that record a first look (no new version: looking is not a change). */
export async function markSeen(
  db: Db,
  id: string,
  patch: Pick<Partial<TicketRow>, 'first_opened_at' | 'kepala_informed_at'>,
): Promise<void> {
  await db.updateTable('tickets').set(patch).where('id', '=', id).execute();
}

/** A message about to be recorded: only a declared purpose may be written. */
export type NewMessage = Omit<MessageRow, 'id' | 'purpose'> & Readonly<{ purpose: MessagePurpose }>;

export async function insertMessage(db: Db, message: NewMessage, nowMs: number): Promise<MessageRow> {
  const row = { id: newId(nowMs), ...message };
  await insertRow(db, 'ticket_messages', row);
  return row;
}

/** A history entry about to be appended: only a declared event type may be written. */
export type NewEvent = Omit<EventRow, 'id' | 'type'> & Readonly<{ type: EventType }>;

export async function insertEvent(db: Db, event: NewEvent, nowMs: number): Promise<void> {
  await insertRow(db, 'ticket_events', { id: newId(nowMs), ...event });
}

const allMessagesOf = prepared((db, args: { ticketId: string }) =>
  db
    .selectFrom('ticket_messages')
    .selectAll()
    .where('ticket_id', '=', args.ticketId)
    .orderBy('created_at')
    .orderBy('id'),
);
const publicMessagesOf = prepared((db, args: { ticketId: string }) =>
  db
    .selectFrom('ticket_messages')
    .selectAll()
    .where('ticket_id', '=', args.ticketId)
    .where('visibility', '=', 'public')
    .orderBy('created_at')
    .orderBy('id'),
);

/** A ticket's messages in order; internal notes only when `includeInternal`. */
export async function messagesOf(db: Db, ticketId: string, includeInternal: boolean): Promise<MessageRow[]> {
  return (includeInternal ? allMessagesOf : publicMessagesOf)(db, { ticketId });
}

const eventsOfTicket = prepared((db, args: { ticketId: string }) =>
  db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', args.ticketId).orderBy('version'),
);

export async function eventsOf(db: Db, ticketId: string): Promise<EventRow[]> {
  return eventsOfTicket(db, { ticketId });
}

export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const surveyOfTicket = prepared((db, args: { ticketId: string }) =>
  db.selectFrom('survey_responses').select('id').where('ticket_id', '=', args.ticketId).limit(1),
);

/** Whether the reporter has answered the ticket's survey (SKM) yet. */
export async function hasSurveyForTicket(db: Db, ticketId: string): Promise<boolean> {
  return (await surveyOfTicket(db, { ticketId })).length > 0;
}

/** Resolved tickets resolved at or before `latestIso`, oldest first: the auto-close's candidates. */
export async function resolvedUpTo(
  db: Db,
  latestIso: string,
  limit: number,
): Promise<Array<Pick<TicketRow, 'code' | 'unit_code' | 'resolved_at'>>> {
  // The status is written out, as the index of resolved tickets' condition is, so the planner
  // sees the query implies it (a bound value would hide that from SQLite).
  return db
    .selectFrom('tickets')
    .select(['code', 'unit_code', 'resolved_at'])
    .where('status', '=', sql.lit('resolved'))
    .where('resolved_at', '<=', latestIso)
    .orderBy('resolved_at')
    .limit(limit)
    .execute();
}
