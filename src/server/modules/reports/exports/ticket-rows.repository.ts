import { isCompleted } from '../../../../domain/tickets/statuses.js';
import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import {
  DEFAULT_DIFFICULTY,
  isDifficulty,
  type Difficulty,
  type SlaPolicy,
} from '../../../../domain/sla/index.js';
import { tierRank } from '../../../../domain/tiers/tiers.js';
import type { Channel, Kind, Status, Tier } from '../../../../domain/tickets/vocabulary.js';
import type { Db } from '../../../db/connect.js';
import { metTargetAt } from '../../sla/ticket-sla.js';
import { tierOfRank } from '../history.repository.js';
import { BATCH, historiesOf, type HistoryEvent, type PeriodTallies } from '../report-durations.repository.js';
import type { Range, StateAtEndCount } from '../reports.repository.js';

/** One ticket received in the period, as it stood at the period's end. No reporter data. */
export type TicketReportRow = Readonly<{
  code: string;
  receivedAt: Date;
  channel: Channel;
  kind: Kind;
  type: string;
  categoryCode: string | null;
  tierReached: Tier;
  statusAtEnd: Status;
  difficulty: Difficulty;
  firstResponseAt: Date | null;
  firstResponseHours: number | null;
  completedAt: Date | null;
  completionHours: number | null;
  /** Null while not completed at the period's end. */
  withinTarget: boolean | null;
  subject: string;
}>;

const hours = (minutes: number) => Math.round((minutes / 60) * 100 + Number.EPSILON) / 100;

/** What a ticket's history says at the period's end: status, highest tier reached, last resolution. */
type AtEnd = { status: string | null; tierRank: number; completedAt: string | null };

/** Status after the last event, the highest tier of any, the last resolution: the rules of history-sql.ts. */
function stateAtEnd(history: readonly HistoryEvent[]): AtEnd {
  const end: AtEnd = { status: null, tierRank: 1, completedAt: null };
  for (const e of history) {
    const data = JSON.parse(e.data_json) as { status?: string; tier?: string };
    end.status = data.status ?? null;
    end.tierRank = Math.max(end.tierRank, tierRank(data.tier));
    if (e.type === 'resolved' && (end.completedAt === null || e.at > end.completedAt)) end.completedAt = e.at;
  }
  return end;
}

/** How many of the rows ended the period in each status and highest tier: the summary's own count, from rows already read. */
export function countByStateAtEnd(rows: readonly TicketReportRow[]): StateAtEndCount[] {
  const counts = new Map<string, StateAtEndCount>();
  for (const row of rows) {
    const key = `${row.statusAtEnd} ${row.tierReached}`;
    const found = counts.get(key);
    if (found) found.count += 1;
    else counts.set(key, { status: row.statusAtEnd, tier: row.tierReached, count: 1 });
  }
  return [...counts.values()];
}

/**
 * The columns a report row and its SLA read: a fifth of the ticket's, and not the description,
 * whose text made up most of what SQLite handed over for a month's rows.
 */
const REPORT_COLUMNS = [
  't.id',
  't.code',
  't.unit_code',
  't.created_at',
  't.origin_channel',
  't.kind',
  't.type',
  't.category_code',
  't.difficulty',
  't.extension_minutes',
  't.first_response_at',
  't.subject',
] as const;

/**
 * The tickets received in the period, oldest first, in keyset batches: the next batch is read
 * only when the consumer asks for it, so a file can be sent as it is made. Status and tier at
 * the period's end are read from each batch's history (events before the end, in version
 * order), with the same rules as the summary's SQL (history-sql.ts); durations with the
 * unit's calendar per batch. `tallies`, when given, are handed each ticket's history as it
 * passes (the workbook's summary, PeriodTallies).
 */
export async function* ticketRowBatches(
  db: Db,
  r: Range,
  calendar: WorkCalendar,
  policy: SlaPolicy,
  tallies?: PeriodTallies,
): AsyncGenerator<TicketReportRow[]> {
  let after = { createdAt: '', id: '' };
  for (;;) {
    const rows = await db
      .selectFrom('tickets as t')
      .select(REPORT_COLUMNS)
      .where('t.unit_code', '=', r.unitCode)
      .where('t.created_at', '>=', r.startIso)
      .where('t.created_at', '<', r.endIso)
      .where((eb) =>
        eb.or([
          eb('t.created_at', '>', after.createdAt),
          eb.and([eb('t.created_at', '=', after.createdAt), eb('t.id', '>', after.id)]),
        ]),
      )
      .orderBy('t.created_at')
      .orderBy('t.id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    const historyOf = await historiesOf(
      db,
      rows.map((row) => row.id),
      r.endIso,
    );
    const out = rows.map((row): TicketReportRow => {
      const history = historyOf.get(row.id) ?? [];
      const end = stateAtEnd(history);
      const status = (end.status ?? 'new') as Status;
      const completedAt = isCompleted(status) && end.completedAt ? end.completedAt : null;
      const withinTarget = completedAt
        ? metTargetAt(
            row,
            history.filter((e) => e.at <= completedAt),
            calendar,
            policy,
            new Date(completedAt),
          )
        : null;
      tallies?.add(
        row.id,
        row,
        history,
        completedAt && withinTarget !== null ? { at: completedAt, met: withinTarget } : undefined,
      );
      const firstResponseAt =
        row.first_response_at !== null && row.first_response_at < r.endIso ? row.first_response_at : null;
      return {
        code: row.code,
        receivedAt: new Date(row.created_at),
        channel: row.origin_channel as Channel,
        kind: row.kind as Kind,
        type: row.type,
        categoryCode: row.category_code,
        tierReached: tierOfRank(end.tierRank),
        statusAtEnd: status,
        difficulty: isDifficulty(row.difficulty) ? row.difficulty : DEFAULT_DIFFICULTY,
        firstResponseAt: firstResponseAt ? new Date(firstResponseAt) : null,
        firstResponseHours: firstResponseAt
          ? hours(calendar.workingMinutesBetween(Date.parse(row.created_at), Date.parse(firstResponseAt)))
          : null,
        completedAt: completedAt ? new Date(completedAt) : null,
        completionHours: completedAt
          ? hours(calendar.workingMinutesBetween(Date.parse(row.created_at), Date.parse(completedAt)))
          : null,
        withinTarget,
        subject: row.subject,
      };
    });
    yield out;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.created_at, id: last.id };
  }
}
