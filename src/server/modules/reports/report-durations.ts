/**
 * Working-time figures of a period: durations need the unit's calendar (office hours,
 * holidays, cuti bersama), which SQL cannot apply, so they are computed here — but only over
 * the period's own events (completions, first responses, escalations, coordinations), read in
 * keyset batches of BATCH rows with each batch's histories in one more query.
 *
 * How this scales: the cost is linear in the number of such events in the period, never in
 * the size of the tables (every read is an index range: events by (type, at), tickets by
 * (unit_code, first_response_at) or (unit_code, created_at), histories by (ticket_id,
 * version)); memory holds one number per event for the percentiles (8 bytes each, 8 MB for
 * a million completions) plus one batch of rows. A month of a large LPSE (thousands of
 * tickets) is a handful of batches.
 */
import type { WorkCalendar } from '../../../domain/calendar/index.js';
import { DEFAULT_DIFFICULTY, DIFFICULTIES, isDifficulty, type Difficulty, type SlaPolicy } from '../../../domain/sla/index.js';
import type { Db, Dialect } from '../../db/connect.js';
import { metTargetAt } from '../sla/ticket-sla.js';
import type { EventRow } from '../tickets/tickets.repository.js';
import { jsonText } from './history-sql.js';
import type { Range } from './reports.repository.js';

export const BATCH = 500;

/** Reads rows by keyset (`after` the last key) until a batch comes back short. */
async function eachBatch<T>(fetch: (after: string) => Promise<T[]>, key: (row: T) => string, handle: (rows: T[]) => Promise<void> | void): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await fetch(after);
    if (rows.length > 0) await handle(rows);
    if (rows.length < BATCH) return;
    after = key(rows[rows.length - 1] as T);
  }
}

async function historiesOf(db: Db, ticketIds: readonly string[], endIso: string): Promise<Map<string, EventRow[]>> {
  const events = await db.selectFrom('ticket_events').selectAll().where('ticket_id', 'in', [...ticketIds]).where('at', '<', endIso).orderBy('ticket_id').orderBy('version').execute();
  const byTicket = new Map<string, EventRow[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticket_id);
    if (list) list.push(e);
    else byTicket.set(e.ticket_id, [e]);
  }
  return byTicket;
}

const minutesBetween = (calendar: WorkCalendar, fromIso: string, toIso: string) => calendar.workingMinutesBetween(Date.parse(fromIso), Date.parse(toIso));

export type CompletionFigures = Readonly<{ minutes: number[]; byDifficulty: Record<Difficulty, { completed: number; withinTarget: number }> }>;

/**
 * Tickets completed in the period: each one's working minutes from receipt to its last
 * resolution in the period, and whether that resolution met the target (the SLA clock at
 * that instant: working time not waiting for the reporter, within the difficulty's target
 * plus approved extensions).
 */
export async function completionFigures(db: Db, r: Range, calendar: WorkCalendar, policy: SlaPolicy): Promise<CompletionFigures> {
  const minutes: number[] = [];
  const byDifficulty = Object.fromEntries(DIFFICULTIES.map((d) => [d, { completed: 0, withinTarget: 0 }])) as Record<Difficulty, { completed: number; withinTarget: number }>;
  const fetch = (after: string) =>
    db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select((eb) => ['e.ticket_id', eb.fn.max('e.at').as('completed_at')])
      .where('e.type', '=', 'resolved')
      .where('e.at', '>=', r.startIso)
      .where('e.at', '<', r.endIso)
      .where('t.unit_code', '=', r.unitCode)
      .where('e.ticket_id', '>', after)
      .groupBy('e.ticket_id')
      .orderBy('e.ticket_id')
      .limit(BATCH)
      .execute();
  await eachBatch(fetch, (row) => row.ticket_id, async (rows) => {
    const ids = rows.map((row) => row.ticket_id);
    const [tickets, histories] = await Promise.all([db.selectFrom('tickets').selectAll().where('id', 'in', ids).execute(), historiesOf(db, ids, r.endIso)]);
    const ticketById = new Map(tickets.map((t) => [t.id, t]));
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
  const fetch = (after: string) =>
    db
      .selectFrom('tickets')
      .select(['id', 'created_at', 'first_response_at'])
      .where('unit_code', '=', r.unitCode)
      .where('first_response_at', '>=', r.startIso)
      .where('first_response_at', '<', r.endIso)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
  await eachBatch(fetch, (row) => row.id, (rows) => {
    for (const row of rows) if (row.first_response_at) minutes.push(minutesBetween(calendar, row.created_at, row.first_response_at));
  });
  return minutes;
}

export type EscalationTurnaround = Record<'admin_ppe' | 'lkpp', { answeredMinutes: number[] }>;

/**
 * Escalations made in the period and how long the tier they reached took to hand the ticket
 * on — resolve it, return it with the answer, or escalate it further — before the period's
 * end. Escalations still held at the end have no turnaround yet.
 */
export async function escalationTurnaround(db: Db, dialect: Dialect, r: Range, calendar: WorkCalendar): Promise<EscalationTurnaround> {
  const result: EscalationTurnaround = { admin_ppe: { answeredMinutes: [] }, lkpp: { answeredMinutes: [] } };
  const fetch = (after: string) =>
    db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['e.id', 'e.ticket_id', 'e.at', 'e.version', jsonText(dialect, 'e.data_json', 'to').as('target')])
      .where('e.type', '=', 'escalated')
      .where('e.at', '>=', r.startIso)
      .where('e.at', '<', r.endIso)
      .where('t.unit_code', '=', r.unitCode)
      .where('e.id', '>', after)
      .orderBy('e.id')
      .limit(BATCH)
      .execute();
  await eachBatch(fetch, (row) => row.id, async (rows) => {
    const histories = await historiesOf(db, [...new Set(rows.map((row) => row.ticket_id))], r.endIso);
    for (const esc of rows) {
      if (esc.target !== 'admin_ppe' && esc.target !== 'lkpp') continue;
      const handedOn = (histories.get(esc.ticket_id) ?? []).find((e) => e.version > esc.version && leavesTier(e, esc.target as string));
      if (handedOn) result[esc.target].answeredMinutes.push(minutesBetween(calendar, esc.at, handedOn.at));
    }
  });
  return result;
}

function leavesTier(event: EventRow, tier: string): boolean {
  const data = JSON.parse(event.data_json) as { status?: string; tier?: string };
  return data.tier !== tier || data.status === 'resolved' || data.status === 'closed';
}

/** Complaints received in the period and coordinated by its end: working minutes from receipt to the first coordination. */
export async function coordinationMinutes(db: Db, r: Range, calendar: WorkCalendar): Promise<number[]> {
  const minutes: number[] = [];
  const fetch = (after: string) =>
    db
      .selectFrom('tickets as t')
      .innerJoin('ticket_events as e', 'e.ticket_id', 't.id')
      .select((eb) => ['t.id', 't.created_at', eb.fn.min('e.at').as('coordinated_at')])
      .where('t.unit_code', '=', r.unitCode)
      .where('t.kind', '=', 'complaint')
      .where('t.created_at', '>=', r.startIso)
      .where('t.created_at', '<', r.endIso)
      .where('e.type', '=', 'coordinated')
      .where('e.at', '<', r.endIso)
      .where('t.id', '>', after)
      .groupBy(['t.id', 't.created_at'])
      .orderBy('t.id')
      .limit(BATCH)
      .execute();
  await eachBatch(fetch, (row) => row.id, (rows) => {
    for (const row of rows) if (row.coordinated_at) minutes.push(minutesBetween(calendar, row.created_at, row.coordinated_at));
  });
  return minutes;
}
