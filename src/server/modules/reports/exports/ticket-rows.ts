import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import { DEFAULT_DIFFICULTY, isDifficulty, type Difficulty, type SlaPolicy } from '../../../../domain/sla/index.js';
import type { Channel, Kind, Status, Tier } from '../../../../domain/tickets/vocabulary.js';
import type { Db, Dialect } from '../../../db/connect.js';
import { slaOfTicket } from '../../sla/ticket-sla.js';
import { lastResolvedBefore, statusAt, tierOfRank, tierRankBy } from '../history-sql.js';
import { BATCH } from '../report-durations.js';
import type { Range } from '../reports.repository.js';

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

/**
 * The tickets received in the period, oldest first, in keyset batches: status and tier from
 * the history in SQL (the same expressions as the summary's counts), durations with the
 * unit's calendar per batch. Calls `handle` once per batch.
 */
export async function eachTicketRowBatch(db: Db, dialect: Dialect, r: Range, calendar: WorkCalendar, policy: SlaPolicy, handle: (rows: TicketReportRow[]) => void | Promise<void>): Promise<void> {
  let after = { createdAt: '', id: '' };
  for (;;) {
    const rows = await db
      .selectFrom('tickets as t')
      .selectAll('t')
      .select((eb) => [statusAt(eb, dialect, r.endIso).as('status_at_end'), tierRankBy(eb, dialect, r.endIso).as('tier_rank'), lastResolvedBefore(eb, r.endIso).as('completed_at')])
      .where('t.unit_code', '=', r.unitCode)
      .where('t.created_at', '>=', r.startIso)
      .where('t.created_at', '<', r.endIso)
      .where((eb) => eb.or([eb('t.created_at', '>', after.createdAt), eb.and([eb('t.created_at', '=', after.createdAt), eb('t.id', '>', after.id)])]))
      .orderBy('t.created_at')
      .orderBy('t.id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    const events = await db.selectFrom('ticket_events').selectAll().where('ticket_id', 'in', rows.map((row) => row.id)).where('at', '<', r.endIso).orderBy('ticket_id').orderBy('version').execute();
    const historyOf = new Map<string, typeof events>();
    for (const e of events) historyOf.set(e.ticket_id, [...(historyOf.get(e.ticket_id) ?? []), e]);
    const out = rows.map((row): TicketReportRow => {
      const status = (row.status_at_end ?? 'new') as Status;
      const completedAt = (status === 'resolved' || status === 'closed') && row.completed_at ? row.completed_at : null;
      const firstResponseAt = row.first_response_at !== null && row.first_response_at < r.endIso ? row.first_response_at : null;
      const history = completedAt ? (historyOf.get(row.id) ?? []).filter((e) => e.at <= completedAt) : [];
      return {
        code: row.code,
        receivedAt: new Date(row.created_at),
        channel: row.origin_channel as Channel,
        kind: row.kind as Kind,
        type: row.type,
        categoryCode: row.category_code,
        tierReached: tierOfRank(row.tier_rank),
        statusAtEnd: status,
        difficulty: isDifficulty(row.difficulty) ? row.difficulty : DEFAULT_DIFFICULTY,
        firstResponseAt: firstResponseAt ? new Date(firstResponseAt) : null,
        firstResponseHours: firstResponseAt ? hours(calendar.workingMinutesBetween(Date.parse(row.created_at), Date.parse(firstResponseAt))) : null,
        completedAt: completedAt ? new Date(completedAt) : null,
        completionHours: completedAt ? hours(calendar.workingMinutesBetween(Date.parse(row.created_at), Date.parse(completedAt))) : null,
        withinTarget: completedAt ? slaOfTicket(row, history, calendar, policy, new Date(completedAt)).state === 'met' : null,
        subject: row.subject,
      };
    });
    await handle(out);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.created_at, id: last.id };
  }
}
