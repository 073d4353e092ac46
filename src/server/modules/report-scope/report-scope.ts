import { can } from '../../../domain/accounts/capabilities.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { monthPeriod, parsePeriod, periodInstants, type LocalPeriod } from '../../../domain/reports/index.js';
import type { AppContext } from '../../context/app-context.js';
import { requireUnit, unitRefOf } from '../units/units.service.js';
import type { UnitRow } from '../units/units.repository.js';

/** A unit's period as local days and as UTC instants (ISO text, as stored). */
export type ReportScope = Readonly<{
  unit: UnitRow;
  period: LocalPeriod;
  startMs: number;
  endMs: number;
  startIso: string;
  endIso: string;
}>;

/**
 * The unit and period a report covers, once the actor may read the unit's reports (Kepala
 * LPSE, the unit's administrators, the deployment administrator). The period's days are the
 * unit's local days: it starts at local midnight of `from` and ends at local midnight after `to`.
 */
export async function reportScope(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  period: Readonly<{ from: string; to: string }>,
): Promise<ReportScope> {
  const unit = await requireUnit(ctx.db, unitCode);
  if (!can(actor, 'readReports', unitRefOf(unit))) throw new DomainError('forbidden');
  const parsed = parsePeriod(period.from, period.to);
  if (!parsed.ok) throw new DomainError('validation_failed', {}, parsed.errors);
  return scopeOf(unit, parsed.period);
}

/** As reportScope, for a month "YYYY-MM" (the field named `month` when it is not one). */
export async function monthScope(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  month: string,
): Promise<ReportScope> {
  const period = monthPeriod(month);
  if (!period) {
    throw new DomainError('validation_failed', {}, [
      {
        field: 'month',
        code: 'invalid_month',
        message: {
          id: 'Harus bulan yang ada, ditulis YYYY-MM.',
          en: 'Must be a real month written YYYY-MM.',
        },
      },
    ]);
  }
  return reportScope(ctx, actor, unitCode, period);
}

/** The scope of a period of a unit already authorised (the trend's months). */
export function scopeOf(unit: UnitRow, period: LocalPeriod): ReportScope {
  const { startMs, endMs } = periodInstants(unit.timezone, period);
  return {
    unit,
    period,
    startMs,
    endMs,
    startIso: new Date(startMs).toISOString(),
    endIso: new Date(endMs).toISOString(),
  };
}
