import { asStatus, isCompleted } from '../../../domain/tickets/statuses.js';
/**
 * Working-time figures of a period: durations need the unit's calendar (office hours,
 * holidays, cuti bersama), which SQL cannot apply, so they are computed here — but only over
 * the period's own events (completions, first responses, escalations, coordinations), each
 * kind read in one query, then handled in slices of BATCH with each slice's tickets and
 * histories in one more query (or as the monthly workbook's ticket rows pass, PeriodTallies).
 *
 * How this scales: the cost is linear in the unit's such events in the period, never in the
 * size of the tables nor in the other units' activity (every read is an index range: events by
 * (unit_code, type, at), tickets by (unit_code, first_response_at) or (unit_code, created_at),
 * histories by (ticket_id, version)). Memory holds one number per event for the percentiles
 * (8 bytes each, 8 MB for a million completions), the period's completions and escalations as
 * (ticket, instant) pairs, and one slice of rows.
 */
import type { WorkCalendar } from '../../../domain/calendar/index.js';
import {
  DEFAULT_DIFFICULTY,
  DIFFICULTIES,
  isDifficulty,
  type Difficulty,
  type SlaPolicy,
} from '../../../domain/sla/index.js';
import {
  ESCALATION_TIERS,
  isEscalationTier,
  isTier,
  type EscalationTier,
} from '../../../domain/tiers/tiers.js';
import type { Db, Dialect } from '../../db/connect.js';
import { metTargetAt, type SlaTicket } from '../sla/ticket-sla.js';
import type { EventRow } from '../tickets/tickets.repository.js';
import { jsonText } from './history.repository.js';
import { eventsInPeriod, type Range } from './reports.repository.js';

export const BATCH = 500;

/** Hands `rows` on in slices of BATCH, each slice's tickets and histories then read in one query each. */
async function inSlices<T>(rows: readonly T[], handle: (slice: T[]) => Promise<void> | void): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await handle(rows.slice(start, start + BATCH));
}

/** What the SLA clock reads of a ticket's row: not its description nor its contact details. */
const SLA_COLUMNS = [
  'id',
  'unit_code',
  'difficulty',
  'created_at',
  'extension_minutes',
  'first_response_at',
] as const satisfies ReadonlyArray<keyof SlaTicket>;

/** What these figures read of an event. */
export type HistoryEvent = Pick<EventRow, 'ticket_id' | 'version' | 'type' | 'at' | 'data_json'>;

/** The events before `endIso` of each ticket, in version order, read in one query. */
export async function historiesOf(
  db: Db,
  ticketIds: readonly string[],
  endIso: string,
): Promise<Map<string, HistoryEvent[]>> {
  const byTicket = new Map<string, HistoryEvent[]>();
  if (ticketIds.length === 0) return byTicket;
  const events = await db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'version', 'type', 'at', 'data_json'])
    .where('ticket_id', 'in', [...ticketIds])
    .where('at', '<', endIso)
    .orderBy('ticket_id')
    .orderBy('version')
    .execute();
  for (const e of events) {
    const list = byTicket.get(e.ticket_id);
    if (list) list.push(e);
    else byTicket.set(e.ticket_id, [e]);
  }
  return byTicket;
}

const minutesBetween = (calendar: WorkCalendar, fromIso: string, toIso: string) =>
  calendar.workingMinutesBetween(Date.parse(fromIso), Date.parse(toIso));

export type CompletionFigures = Readonly<{
  minutes: number[];
  byDifficulty: Record<Difficulty, { completed: number; withinTarget: number }>;
}>;

export type EscalationTurnaround = Record<EscalationTier, { answeredMinutes: number[] }>;

type Escalation = Readonly<{ at: string; version: number; target: string | null }>;

/**
 * The period's completions and escalations, tallied ticket by ticket from each one's SLA
 * columns and history (events before the period's end):
 *
 * - a completion: the working minutes from receipt to the ticket's last resolution in the
 *   period, and whether that resolution met the target (the SLA clock at that instant: working
 *   time not waiting for the reporter, within the difficulty's target plus approved
 *   extensions);
 * - an escalation made in the period: how long the tier it reached took to hand the ticket on
 *   (resolve it, return it with the answer, or escalate it further) before the period's end.
 *   Escalations still held at the end have no turnaround yet.
 *
 * `start` reads which tickets those are (one index range each). A ticket is tallied when its
 * history is handed to `add`: the monthly workbook hands on those of its ticket rows as they
 * pass, the month's own tickets being most of those completed or escalated in it, so nothing
 * is read twice and no history is held. `finish` reads the others in slices.
 */
export class PeriodTallies {
  readonly #completedAt: Map<string, string>;
  readonly #escalations: Map<string, Escalation[]>;
  /** Tickets completed or escalated in the period not tallied yet. */
  readonly #pending: Set<string>;
  readonly #minutes: number[] = [];
  readonly #byDifficulty = Object.fromEntries(
    DIFFICULTIES.map((d) => [d, { completed: 0, withinTarget: 0 }]),
  ) as Record<Difficulty, { completed: number; withinTarget: number }>;
  readonly #turnaround = Object.fromEntries(
    ESCALATION_TIERS.map((tier) => [tier, { answeredMinutes: [] as number[] }]),
  ) as EscalationTurnaround;

  private constructor(
    private readonly r: Range,
    private readonly calendar: WorkCalendar,
    private readonly policy: SlaPolicy,
    completedAt: Map<string, string>,
    escalations: Map<string, Escalation[]>,
  ) {
    this.#completedAt = completedAt;
    this.#escalations = escalations;
    this.#pending = new Set([...completedAt.keys(), ...escalations.keys()]);
  }

  static async start(
    db: Db,
    dialect: Dialect,
    r: Range,
    calendar: WorkCalendar,
    policy: SlaPolicy,
  ): Promise<PeriodTallies> {
    const [completed, escalated] = await Promise.all([
      eventsInPeriod(db, r, 'resolved')
        .select((eb) => ['e.ticket_id', eb.fn.max('e.at').as('completed_at')])
        .groupBy('e.ticket_id')
        .execute(),
      eventsInPeriod(db, r, 'escalated')
        .select(['e.ticket_id', 'e.at', 'e.version', jsonText(dialect, 'e.data_json', 'to').as('target')])
        .execute(),
    ]);
    const completedAt = new Map<string, string>();
    for (const row of completed) if (row.completed_at) completedAt.set(row.ticket_id, row.completed_at);
    const escalations = new Map<string, Escalation[]>();
    for (const { ticket_id: id, ...escalation } of escalated) {
      const list = escalations.get(id);
      if (list) list.push(escalation);
      else escalations.set(id, [escalation]);
    }
    return new PeriodTallies(r, calendar, policy, completedAt, escalations);
  }

  /**
   * Tallies a ticket's completion and escalations in the period, if it has any not tallied
   * yet. `metTarget`: whether the ticket had met its target at an instant, when the caller
   * has already worked it out (a ticket row, at its last resolution); used when that instant
   * is the completion's.
   */
  add(
    ticketId: string,
    ticket: SlaTicket | null,
    history: readonly HistoryEvent[],
    metTarget?: Readonly<{ at: string; met: boolean }>,
  ): void {
    if (!this.#pending.delete(ticketId)) return;
    const completedAt = this.#completedAt.get(ticketId);
    if (completedAt && ticket) {
      this.#minutes.push(minutesBetween(this.calendar, ticket.created_at, completedAt));
      const tally =
        this.#byDifficulty[isDifficulty(ticket.difficulty) ? ticket.difficulty : DEFAULT_DIFFICULTY];
      tally.completed += 1;
      const met =
        metTarget?.at === completedAt
          ? metTarget.met
          : metTargetAt(
              ticket,
              history.filter((e) => e.at <= completedAt),
              this.calendar,
              this.policy,
              new Date(completedAt),
            );
      if (met) tally.withinTarget += 1;
    }
    for (const esc of this.#escalations.get(ticketId) ?? []) {
      const target = esc.target;
      if (!isTier(target) || !isEscalationTier(target)) continue;
      const handedOn = history.find((e) => e.version > esc.version && leavesTier(e, target));
      if (handedOn)
        this.#turnaround[target].answeredMinutes.push(minutesBetween(this.calendar, esc.at, handedOn.at));
    }
  }

  /** How many escalations of the period went to each tier (read by `start`, with their targets). */
  escalationsTo(tier: EscalationTier): number {
    let n = 0;
    for (const list of this.#escalations.values()) for (const esc of list) if (esc.target === tier) n += 1;
    return n;
  }

  /** Reads and tallies the tickets not handed to `add`, a slice at a time; then the figures. */
  async finish(db: Db): Promise<{ completion: CompletionFigures; turnaround: EscalationTurnaround }> {
    await inSlices([...this.#pending].sort(), async (ids) => {
      const completed = ids.filter((id) => this.#completedAt.has(id));
      const [tickets, histories] = await Promise.all([
        completed.length === 0
          ? []
          : db.selectFrom('tickets').select(SLA_COLUMNS).where('id', 'in', completed).execute(),
        historiesOf(db, ids, this.r.endIso),
      ]);
      const ticketById = new Map(tickets.map((t) => [t.id, t]));
      for (const id of ids) this.add(id, ticketById.get(id) ?? null, histories.get(id) ?? []);
    });
    return {
      completion: { minutes: this.#minutes, byDifficulty: this.#byDifficulty },
      turnaround: this.#turnaround,
    };
  }
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
  for (const row of rows)
    if (row.first_response_at) minutes.push(minutesBetween(calendar, row.created_at, row.first_response_at));
  return minutes;
}

function leavesTier(event: HistoryEvent, tier: string): boolean {
  const data = JSON.parse(event.data_json) as { status?: string; tier?: string };
  const status = asStatus(data.status);
  return data.tier !== tier || (status !== null && isCompleted(status));
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
  for (const row of rows)
    if (row.coordinated_at) minutes.push(minutesBetween(calendar, row.created_at, row.coordinated_at));
  return minutes;
}
