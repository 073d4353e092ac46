import { localDateOf, monthPeriod, shiftMonth } from '../../../domain/reports/index.js';
import type { Db } from '../../db/connect.js';
import { skmOfScope } from '../surveys/skm.service.js';
import type { UnitRow } from '../units/units.repository.js';
import { scopeOf } from '../report-scope/report-scope.js';
import * as repo from './reports.repository.js';

export type TrendMonth = {
  month: string;
  received: number;
  completed: number;
  escalated: number;
  complaints: number;
  skmRespondents: number;
  ikmConverted: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | null;
};

export const TREND_MONTHS = 12;

/** The month "YYYY-MM" an instant falls in, in the unit's zone. */
export function localMonthOf(unit: UnitRow, at: Date): string {
  return localDateOf(unit.timezone, at.getTime()).slice(0, 7);
}

/**
 * The twelve months ending with `lastMonth`, oldest first: counts only, each an indexed
 * range query (no working-time computation), so the trend costs 12 × a few index scans.
 */
export async function reportTrend(db: Db, unit: UnitRow, lastMonth: string): Promise<TrendMonth[]> {
  const months = Array.from({ length: TREND_MONTHS }, (_, i) =>
    shiftMonth(lastMonth, i - (TREND_MONTHS - 1)),
  );
  return Promise.all(
    months.map(async (month) => {
      const period = monthPeriod(month);
      if (!period) throw new RangeError(`Not a month: ${month}`);
      const scope = scopeOf(unit, period);
      const r: repo.Range = { unitCode: unit.code, startIso: scope.startIso, endIso: scope.endIso };
      // Complaints received are the month's tickets of that kind, counted with the others; the
      // counts and the escalations are read from indexes alone, not from the rows.
      const [byKind, completed, escalated, skm] = await Promise.all([
        repo.receivedBy(db, r, 'kind'),
        repo.countCompleted(db, r),
        repo.countEvents(db, r, 'escalated'),
        skmOfScope(db, scope),
      ]);
      return {
        month,
        received: [...byKind.values()].reduce((a, b) => a + b, 0),
        completed,
        escalated,
        complaints: byKind.get('complaint') ?? 0,
        skmRespondents: skm.respondents,
        ikmConverted: skm.ikmConverted,
        grade: skm.grade,
      };
    }),
  );
}
