/**
 * Working-time figures of a period: durations need the unit's calendar (office hours,
 * holidays, cuti bersama), which SQL cannot apply, so they are computed here — but only over
 * the period's own events (completions, first responses, escalations, coordinations), each
 * kind read in one query, then handled in slices of BATCH with each slice's tickets and
 * histories in one more query.
 *
 * How this scales: the cost is linear in the unit's such events in the period, never in the
 * size of the tables nor in the other units' activity (every read is an index range: events by
 * (unit_code, type, at), tickets by (unit_code, first_response_at) or (unit_code, created_at),
 * histories by (ticket_id, version)). Memory holds one number per event for the percentiles
 * (8 bytes each, 8 MB for a million completions), the period's completions and escalations as
 * (ticket, instant) pairs, and one slice of rows.
 */
import type { WorkCalendar } from '../../../domain/calendar/index.js';
import { DEFAULT_DIFFICULTY, DIFFICULTIES, isDifficulty, type Difficulty, type SlaPolicy } from '../../../domain/sla/index.js';
import type { Db, Dialect } from '../../db/connect.js';
import { metTargetAt, type SlaTicket } from '../sla/ticket-sla.js';
import type { EventRow } from '../tickets/tickets.repository.js';
import { jsonText } from './history-sql.js';
import { eventsInPeriod, type Range } from './reports.repository.js';

export const BATCH = 500;

/** Hands `rows` on in slices of BATCH, each slice's tickets and histories then read in one query each. */
async function inSlices<T>(rows: readonly T[], handle: (slice: T[]) => Promise<void> | void): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await handle(rows.slice(start, start + BATCH));
}

/** What the SLA clock reads of a ticket's row: not its description nor its contact details. */
const SLA_COLUMNS = ['id', 'unit_code', 'difficulty', 'created_at', 'extension_minutes', 'first_response_at'] as const satisfies ReadonlyArray<keyof SlaTicket>;

/** What these figures read of an event. */
export type HistoryEvent = Pick<EventRow, 'ticket_id' | 'version' | 'type' | 'at' | 'data_json'>;

/**
 * Tickets a report has already read, by id: SLA columns and whole history before the
 * period's end. The monthly workbook reads the month's tickets for its ticket sheet first; the
 * summary's completions and escalations are mostly the same tickets, and read only the others.
 */
export type KnownTickets = ReadonlyMap<string, KnownTicket>;
export type KnownTicket = Readonly<{ ticket: SlaTicket; history: readonly HistoryEvent[] }>;

const NONE_KNOWN: KnownTickets = new Map();

/** The events before `endIso` of each ticket, in version order, read in one query. */
export async function historiesOf(db: Db, ticketIds: readonly string[], endIso: string): Promise<Map<string, HistoryEvent[]>> {
  const byTicket = new Map<string, HistoryEvent[]>();
  if (ticketIds.length === 0) return byTicket;
  const events = await db.selectFrom('ticket_events').select(['ticket_id', 'version', 'type', 'at', 'data_json']).where('ticket_id', 'in', [...ticketIds]).where('at', '<', endIso).orderBy('ticket_id').orderBy('version').execute();
  for (const e of events) {
    const list = byTicket.get(e.ticket_id);
    if (list) list.push(e);
    else byTicket.set(e.ticket_id, [e]);
  }
  return byTicket;
}

/** The histories of `ticketIds`: the known ones as they are, the others read in one query. */
async function historiesWith(db: Db, known: KnownTickets, ticketIds: readonly string[], endIso: string): Promise<Map<string, readonly HistoryEvent[]>> {
  const read: Map<string, readonly HistoryEvent[]> = await historiesOf(db, ticketIds.filter((id) => !known.has(id)), endIso);
  for (const id of ticketIds) {
    const found = known.get(id);
    if (found) read.set(id, found.history);
  }
  return read;
}

const minutesBetween = (calendar: WorkCalendar, fromIso: string, toIso: string) => calendar.workingMinutesBetween(Date.parse(fromIso), Date.parse(toIso));

export type CompletionFigures = Readonly<{ minutes: number[]; byDifficulty: Record<Difficulty, { completed: number; withinTarget: number }> }>;

/**
 * Tickets completed in the period: each one's working minutes from receipt to its last
 * resolution in the period, and whether that resolution met the target (the SLA clock at
 * that instant: working time not waiting for the reporter, within the difficulty's target
 * plus approved extensions).
 */
export async function completionFigures(db: Db, r: Range, calendar: WorkCalendar, policy: SlaPolicy, known: KnownTickets = NONE_KNOWN): Promise<CompletionFigures> {
  const minutes: number[] = [];
  const byDifficulty = Object.fromEntries(DIFFICULTIES.map((d) => [d, { completed: 0, withinTarget: 0 }])) as Record<Difficulty, { completed: number; withinTarget: number }>;
  const completed = await eventsInPeriod(db, r, 'resolved')
    .select((eb) => ['e.ticket_id', eb.fn.max('e.at').as('completed_at')])
    .groupBy('e.ticket_id')
    .orderBy('e.ticket_id')
    .execute();
  await inSlices(completed, async (rows) => {
    const ids = rows.map((row) => row.ticket_id);
    const unknown = ids.filter((id) => !known.has(id));
    const tickets = unknown.length === 0 ? [] : await db.selectFrom('tickets').select(SLA_COLUMNS).where('id', 'in', unknown).execute();
    const histories = await historiesWith(db, known, ids, r.endIso);
    const ticketById = new Map<string, SlaTicket>(tickets.map((t) => [t.id, t]));
    for (const id of ids) {
      const found = known.get(id);
      if (found) ticketById.set(id, found.ticket);
    }
    for (const { ticket_id: id, completed_at: completedAt } of rows) {
      const ticket = ticketById.get(id);
      if (!ticket || !completedAt) continue;
      minutes.push(minutesBetween(calendar, ticket.created_at, completedAt));
      const upToCompletion = (histories.get(id) ?? []).filter((e) => e.at <= completedAt);
      const tally = byDifficulty[isDifficulty(ticket.difficulty) ? ticket.difficulty : DEFAULT_DIFFICULTY];
      tally.completed += 1;
      if (metTargetAt(ticket, upToCompletion, calendar, policy, new Date(completedAt))) tally.withinTarget += 1;
    }
  });
  return { minutes, byDifficulty };
}

/** Working minutes from receipt to the first response, for first responses given in the period. */
export async function firstResponseMinutes(db: Db, r: Range, calendar: WorkCalendar): Promise<number[]> {
  const minutes: number[] = [];
  const rows = await db
    .selectFrom('tickets')
    .select(['created_at', 'first_response_at'])
    .where('unit_code', '=', r.unitCode)
    .where('first_response_at', '>=', r.startIso)
    .where('first_response_at', '<', r.endIso)
    .execute();
  for (const row of rows) if (row.first_response_at) minutes.push(minutesBetween(calendar, row.created_at, row.first_response_at));
  return minutes;
}

export type EscalationTurnaround = Record<'admin_ppe' | 'lkpp', { answeredMinutes: number[] }>;

/**
 * Escalations made in the period and how long the tier they reached took to hand the ticket
 * on — resolve it, return it with the answer, or escalate it further — before the period's
 * end. Escalations still held at the end have no turnaround yet.
 */
export async function escalationTurnaround(db: Db, dialect: Dialect, r: Range, calendar: WorkCalendar, known: KnownTickets = NONE_KNOWN): Promise<EscalationTurnaround> {
  const result: EscalationTurnaround = { admin_ppe: { answeredMinutes: [] }, lkpp: { answeredMinutes: [] } };
  const escalations = await eventsInPeriod(db, r, 'escalated')
    .select(['e.ticket_id', 'e.at', 'e.version', jsonText(dialect, 'e.data_json', 'to').as('target')])
    .orderBy('e.ticket_id')
    .orderBy('e.version')
    .execute();
  await inSlices(escalations, async (rows) => {
    const histories = await historiesWith(db, known, [...new Set(rows.map((row) => row.ticket_id))], r.endIso);
    for (const esc of rows) {
      if (esc.target !== 'admin_ppe' && esc.target !== 'lkpp') continue;
      const handedOn = (histories.get(esc.ticket_id) ?? []).find((e) => e.version > esc.version && leavesTier(e, esc.target as string));
      if (handedOn) result[esc.target].answeredMinutes.push(minutesBetween(calendar, esc.at, handedOn.at));
    }
  });
  return result;
}

function leavesTier(event: HistoryEvent, tier: string): boolean {
  const data = JSON.parse(event.data_json) as { status?: string; tier?: string };
  return data.tier !== tier || data.status === 'resolved' || data.status === 'closed';
}

/** Complaints received in the period and coordinated by its end: working minutes from receipt to the first coordination. */
export async function coordinationMinutes(db: Db, r: Range, calendar: WorkCalendar): Promise<number[]> {
  const minutes: number[] = [];
  const rows = await db
    .selectFrom('tickets as t')
    .innerJoin('ticket_events as e', 'e.ticket_id', 't.id')
    .select((eb) => ['t.created_at', eb.fn.min('e.at').as('coordinated_at')])
    .where('t.unit_code', '=', r.unitCode)
    .where('t.kind', '=', 'complaint')
    .where('t.created_at', '>=', r.startIso)
    .where('t.created_at', '<', r.endIso)
    .where('e.type', '=', 'coordinated')
    .where('e.at', '<', r.endIso)
    .groupBy(['t.id', 't.created_at'])
    .execute();
  for (const row of rows) if (row.coordinated_at) minutes.push(minutesBetween(calendar, row.created_at, row.coordinated_at));
  return minutes;
}
