import { z } from 'zod';
import type { WorkCalendar } from '../../../domain/calendar/index.js';
import {
  computeSla,
  DEFAULT_DIFFICULTY,
  DEFAULT_SLA_POLICY,
  DIFFICULTIES,
  isDifficulty,
  type SlaPolicy,
  type SlaTimelineEntry,
} from '../../../domain/sla/index.js';
import { STATUSES, TIERS, type Status, type Tier } from '../../../domain/tickets/vocabulary.js';
import type { Db } from '../../db/connect.js';
import { unitWorkCalendar } from '../calendar/calendar.service.js';
import { findUnit, unitProfile } from '../units/units.repository.js';
import { cachedTimeline, rememberTimeline } from './timeline-cache.js';
import { clockEventsOf, clockEventsOfTickets, updateSlaColumns, type ClockEvent } from './sla.repository.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';

export const SlaView = z.object({
  difficulty: z.enum(DIFFICULTIES),
  targetMinutes: z.number(),
  extensionMinutes: z.number(),
  usedMinutes: z.number(),
  minutesByTier: z.record(z.enum(TIERS), z.number()),
  state: z.enum(['on_track', 'at_risk', 'breached', 'paused', 'met']),
  clock: z.enum(['running', 'paused', 'stopped']),
  dueAt: z.string(),
  breachedAt: z.string().nullable(),
  firstResponseDueAt: z.string(),
  firstResponse: z.object({
    state: z.enum(['met', 'breached', 'pending', 'at_risk']),
    at: z.string().nullable(),
  }),
});
export type SlaView = z.infer<typeof SlaView>;

/** The unit's targets: the published standard's defaults, or what its file sets. */
export async function unitSlaPolicy(db: Db, unitCode: string): Promise<SlaPolicy> {
  const unit = await findUnit(db, unitCode);
  const sla = unit ? unitProfile(unit).sla : undefined;
  if (!sla) return DEFAULT_SLA_POLICY;
  const { autoCloseWorkingDays: _ignored, ...targets } = sla;
  return { ...DEFAULT_SLA_POLICY, ...targets, targets: { ...DEFAULT_SLA_POLICY.targets, ...sla.targets } };
}

/** Resolved tickets nobody confirms close by themselves after this many working days. */
export const DEFAULT_AUTO_CLOSE_WORKING_DAYS = 5;

export async function unitAutoCloseWorkingDays(db: Db, unitCode: string): Promise<number> {
  const unit = await findUnit(db, unitCode);
  return (unit ? unitProfile(unit).sla?.autoCloseWorkingDays : undefined) ?? DEFAULT_AUTO_CLOSE_WORKING_DAYS;
}

/** What the SLA clock reads of an event. */
export { clockEventsOf, type ClockEvent };

/** The ticket's state after each event of its history: the SLA clock's only input. */
export function timelineOf(events: readonly ClockEvent[]): SlaTimelineEntry[] {
  return events.map((e) => {
    const data = JSON.parse(e.data_json) as { status?: string; tier?: string };
    const status = STATUSES.includes(data.status as Status) ? (data.status as Status) : 'in_progress';
    const tier = TIERS.includes(data.tier as Tier) ? (data.tier as Tier) : 'helpdesk';
    return { at: Date.parse(e.at), status, tier };
  });
}

/** What the SLA clock reads of a ticket's row besides its history. */
export type SlaTicket = Pick<
  TicketRow,
  'id' | 'unit_code' | 'difficulty' | 'created_at' | 'extension_minutes' | 'first_response_at'
>;

/** The SLA of one ticket at `now`, with instants in the unit's own offset. */
export function slaOfTicket(
  row: SlaTicket,
  events: readonly ClockEvent[],
  calendar: WorkCalendar,
  policy: SlaPolicy,
  now: Date,
): SlaView {
  return slaFromTimeline(row, timelineOf(events), calendar, policy, now);
}

/**
 * Whether the ticket had met its target at `at` (its resolution, for the reports): the clock's
 * state alone, without the instants a view writes out.
 */
export function metTargetAt(
  row: SlaTicket,
  events: readonly ClockEvent[],
  calendar: WorkCalendar,
  policy: SlaPolicy,
  at: Date,
): boolean {
  return clockOf(row, timelineOf(events), calendar, policy, at).state === 'met';
}

function clockOf(
  row: SlaTicket,
  history: readonly SlaTimelineEntry[],
  calendar: WorkCalendar,
  policy: SlaPolicy,
  now: Date,
) {
  const createdAt = Date.parse(row.created_at);
  const [first, ...rest] = history;
  const timeline = first ? [{ ...first, at: createdAt }, ...rest] : [];
  return computeSla({
    calendar,
    policy,
    createdAt,
    timeline,
    difficulty: difficultyOf(row),
    extensionMinutes: row.extension_minutes,
    firstResponseAt: row.first_response_at ? Date.parse(row.first_response_at) : null,
    now: Math.max(now.getTime(), createdAt),
  });
}

const difficultyOf = (row: SlaTicket) => (isDifficulty(row.difficulty) ? row.difficulty : DEFAULT_DIFFICULTY);

function slaFromTimeline(
  row: SlaTicket,
  history: readonly SlaTimelineEntry[],
  calendar: WorkCalendar,
  policy: SlaPolicy,
  now: Date,
): SlaView {
  const difficulty = difficultyOf(row);
  const result = clockOf(row, history, calendar, policy, now);
  const local = (ms: number) => calendar.formatLocal(ms);
  return {
    difficulty,
    targetMinutes: result.targetMinutes,
    extensionMinutes: row.extension_minutes,
    usedMinutes: result.usedMinutes,
    minutesByTier: result.minutesByTier,
    state: result.state,
    clock: result.clock,
    dueAt: local(result.dueAt),
    breachedAt: result.breachedAt === null ? null : local(result.breachedAt),
    firstResponseDueAt: local(result.firstResponseDueAt),
    firstResponse: {
      state: result.firstResponse.state,
      at: result.firstResponse.at === null ? null : local(result.firstResponse.at),
    },
  };
}

/**
 * SLAs of many tickets (a queue page), with one query for the histories not already kept
 * (`timeline-cache.ts`).
 */
export async function slaOfTickets(
  db: Db,
  rows: ReadonlyArray<SlaTicket & Pick<TicketRow, 'version' | 'updated_at'>>,
  now: Date,
): Promise<Map<string, SlaView>> {
  const result = new Map<string, SlaView>();
  if (rows.length === 0) return result;
  const timelines = new Map<string, readonly SlaTimelineEntry[]>();
  const missing: string[] = [];
  for (const row of rows) {
    const kept = cachedTimeline(db, row);
    if (kept) timelines.set(row.id, kept);
    else missing.push(row.id);
  }
  if (missing.length > 0) {
    const events = await clockEventsOfTickets(db, missing);
    const byTicket = new Map<string, ClockEvent[]>();
    for (const e of events) {
      const list = byTicket.get(e.ticket_id);
      if (list) list.push(e);
      else byTicket.set(e.ticket_id, [e]);
    }
    for (const row of rows) {
      if (timelines.has(row.id)) continue;
      const timeline = timelineOf(byTicket.get(row.id) ?? []);
      timelines.set(row.id, timeline);
      // Only a history read to its end is kept: as many events as the row's version.
      if (timeline.length === row.version) rememberTimeline(db, row, timeline);
    }
  }
  const units = new Map<string, { calendar: WorkCalendar; policy: SlaPolicy }>();
  for (const row of rows) {
    let unit = units.get(row.unit_code);
    if (!unit) {
      unit = {
        calendar: await unitWorkCalendar(db, row.unit_code),
        policy: await unitSlaPolicy(db, row.unit_code),
      };
      units.set(row.unit_code, unit);
    }
    result.set(row.id, slaFromTimeline(row, timelines.get(row.id) ?? [], unit.calendar, unit.policy, now));
  }
  return result;
}

/** The columns that cache a ticket's SLA clock: what queues sort by and the breach sweep searches by. */
export type SlaColumns = Pick<TicketRow, 'due_at' | 'at_risk_at'>;

/**
 * The SLA a ticket shows at `now`, from its history, and the columns that cache it. They are a
 * cache of the SLA clock, never its source: the clock is always recomputed from the events
 * when shown. `row` is the ticket as it now stands.
 */
export async function slaWithColumns(
  db: Db,
  row: TicketRow,
  events: readonly ClockEvent[],
  now: Date,
): Promise<{ sla: SlaView; columns: SlaColumns }> {
  const calendar = await unitWorkCalendar(db, row.unit_code);
  const policy = await unitSlaPolicy(db, row.unit_code);
  const sla = slaOfTicket(row, events, calendar, policy, now);
  const threshold = sla.targetMinutes * policy.atRiskShare;
  const running = sla.clock === 'running';
  const atRiskAt = !running
    ? null
    : sla.usedMinutes >= threshold
      ? now.getTime()
      : calendar.addWorkingMinutes(now.getTime(), threshold - sla.usedMinutes);
  return {
    sla,
    columns: {
      due_at: new Date(Date.parse(sla.dueAt)).toISOString(),
      at_risk_at: atRiskAt === null ? null : new Date(atRiskAt).toISOString(),
    },
  };
}

/**
 * Recomputes the SLA columns of a stored ticket from its stored history and writes them: the
 * breach sweep's repair of a ticket its columns flagged wrongly. A change writes them with its
 * own update instead (`changeTicket`).
 */
export async function refreshSlaColumns(db: Db, row: TicketRow, now: Date): Promise<void> {
  const { columns } = await slaWithColumns(db, row, await clockEventsOf(db, row.id), now);
  await updateSlaColumns(db, row.id, columns);
}
