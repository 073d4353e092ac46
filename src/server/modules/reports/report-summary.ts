import { durationStats, percentage } from '../../../domain/reports/index.js';
import { DIFFICULTIES, type Difficulty } from '../../../domain/sla/index.js';
import {
  CHANNELS,
  KINDS,
  STATUSES,
  TIERS,
  type Channel,
  type Kind,
  type Status,
  type Tier,
} from '../../../domain/tickets/vocabulary.js';
import { ESCALATION_TIERS, type EscalationTier } from '../../../domain/tiers/tiers.js';
import type { Db, Dialect } from '../../db/connect.js';
import { unitWorkCalendar } from '../calendar/calendar.service.js';
import { unitSlaPolicy } from '../sla/ticket-sla.js';
import { presentSkm, skmOfScope } from '../surveys/skm.service.js';
import type { SkmResult } from '../surveys/surveys.schemas.js';
import { coordinationMinutes, firstResponseMinutes, PeriodTallies } from './report-durations.repository.js';
import type { ReportScope } from '../report-scope/report-scope.js';
import * as repo from './reports.repository.js';
import type { StateAtEndCount } from './reports.repository.js';

export type DurationSummary = { count: number; medianHours: number | null; p90Hours: number | null };
export type TargetShare = { completed: number; withinTarget: number; sharePercent: number | null };

export type ReportSummary = {
  unitCode: string;
  period: { from: string; to: string };
  received: {
    total: number;
    byChannel: Record<Channel, number>;
    byKind: Record<Kind, number>;
    byCategory: Array<{ code: string | null; name: string | null; nameEn: string | null; count: number }>;
    byTierReached: Record<Tier, number>;
    byStatus: Record<Status, number>;
  };
  firstResponse: DurationSummary;
  completion: DurationSummary & { withinTarget: Record<Difficulty | 'all', TargetShare> };
  escalations: Record<
    EscalationTier,
    { count: number; answered: number; medianHours: number | null; p90Hours: number | null }
  >;
  complaints: {
    received: number;
    coordinated: number;
    awaitingCoordination: number;
    kepalaInformed: number;
    coordinationMedianHours: number | null;
    coordinationP90Hours: number | null;
  };
  skm: SkmResult;
};

/** Working minutes as hours with two decimals (half up). */
export function hours(minutes: number | null): number | null {
  return minutes === null ? null : Math.round((minutes / 60) * 100 + Number.EPSILON) / 100;
}

function durations(minutes: readonly number[]): DurationSummary {
  const stats = durationStats(minutes);
  return { count: stats.count, medianHours: hours(stats.median), p90Hours: hours(stats.p90) };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function tallyInto<K extends string>(
  keys: readonly K[],
  counts: Map<string | null, number>,
): Record<K, number> {
  const result = zeroes(keys);
  for (const [key, n] of counts)
    if (key !== null && (keys as readonly string[]).includes(key)) result[key as K] += n;
  return result;
}

/**
 * What a report file has already worked out from the period's received tickets as it read
 * them for its ticket sheet (exports/ticket-rows.ts): their count by state at the period's
 * end, and the completions and escalations among them (`tallies`, started for the same
 * period), which the figures then need not read again.
 */
export type ReceivedTickets = Readonly<{ byStateAtEnd: readonly StateAtEndCount[]; tallies: PeriodTallies }>;

/**
 * The Kepala LPSE's figures for a period (definitions in docs/reports.md): counts come from
 * grouped SQL over the history; durations from the period's own events with the unit's
 * working calendar (report-durations.ts).
 */
export async function reportSummary(
  db: Db,
  dialect: Dialect,
  scope: ReportScope,
  received?: ReceivedTickets,
): Promise<ReportSummary> {
  const r: repo.Range = { unitCode: scope.unit.code, startIso: scope.startIso, endIso: scope.endIso };
  const [calendar, policy] = await Promise.all([
    unitWorkCalendar(db, r.unitCode),
    unitSlaPolicy(db, r.unitCode),
  ]);
  const [{ byChannel, byKind, byCategory }, byState, categories, complaints, skm, tallies] =
    await Promise.all([
      repo.receivedCounts(db, r),
      received?.byStateAtEnd ?? repo.receivedByStateAtEnd(db, dialect, r),
      repo.categoryNames(db, r.unitCode),
      repo.complaintCounts(db, r),
      skmOfScope(db, scope),
      received?.tallies ?? PeriodTallies.start(db, dialect, r, calendar, policy),
    ]);
  const { completion, turnaround } = await tallies.finish(db);
  const firstResponse = await firstResponseMinutes(db, r, calendar);
  const coordination = durationStats(await coordinationMinutes(db, r, calendar));

  const byTierReached = zeroes(TIERS);
  const byStatus = zeroes(STATUSES);
  for (const row of byState) {
    byTierReached[row.tier] += row.count;
    if ((STATUSES as readonly string[]).includes(row.status)) byStatus[row.status as Status] += row.count;
  }
  const withinTarget = Object.fromEntries(
    DIFFICULTIES.map((d) => [d, share(completion.byDifficulty[d])]),
  ) as Record<Difficulty | 'all', TargetShare>;
  withinTarget.all = share(
    DIFFICULTIES.reduce(
      (acc, d) => ({
        completed: acc.completed + completion.byDifficulty[d].completed,
        withinTarget: acc.withinTarget + completion.byDifficulty[d].withinTarget,
      }),
      { completed: 0, withinTarget: 0 },
    ),
  );

  return {
    unitCode: r.unitCode,
    period: { ...scope.period },
    received: {
      total: [...byKind.values()].reduce((a, b) => a + b, 0),
      byChannel: tallyInto(CHANNELS, byChannel),
      byKind: tallyInto(KINDS, byKind),
      byCategory: [...byCategory.entries()]
        .map(([code, count]) => ({
          code,
          name: code ? (categories.get(code)?.name ?? code) : null,
          nameEn: code ? (categories.get(code)?.nameEn ?? code) : null,
          count,
          order: code ? (categories.get(code)?.sortOrder ?? 999) : 1000,
        }))
        .sort((a, b) => a.order - b.order || String(a.code).localeCompare(String(b.code)))
        .map(({ order: _order, ...rest }) => rest),
      byTierReached,
      byStatus,
    },
    firstResponse: durations(firstResponse),
    completion: { ...durations(completion.minutes), withinTarget },
    escalations: Object.fromEntries(
      ESCALATION_TIERS.map((tier) => [
        tier,
        {
          count: tallies.escalationsTo(tier),
          answered: turnaround[tier].answeredMinutes.length,
          ...durationsOnly(turnaround[tier].answeredMinutes),
        },
      ]),
    ) as ReportSummary['escalations'],
    complaints: {
      received: complaints.received,
      coordinated: complaints.coordinated,
      awaitingCoordination: complaints.received - complaints.coordinated,
      kepalaInformed: complaints.kepalaInformed,
      coordinationMedianHours: hours(coordination.median),
      coordinationP90Hours: hours(coordination.p90),
    },
    skm: presentSkm(skm),
  };
}

function durationsOnly(minutes: readonly number[]) {
  const { medianHours, p90Hours } = durations(minutes);
  return { medianHours, p90Hours };
}

function share(t: { completed: number; withinTarget: number }): TargetShare {
  return {
    completed: t.completed,
    withinTarget: t.withinTarget,
    sharePercent: percentage(t.withinTarget, t.completed),
  };
}
