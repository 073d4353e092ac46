/**
 * A unit's working calendar as configured: time zone, normal week, overrides, holidays.
 */
import { canonicalTimeZone } from './time-zone.js';
import { dayNumberFromIsoDate } from './local-date.js';
import { collectHolidays, type Holiday } from './holidays.js';
import { collectOverrides, collectWeekHours } from './hours-validation.js';
import { isRecord, join, readString, type ErrorSink, type ParseResult } from './field-error.js';
import type { HoursOverride, WeekHours } from './week-hours.js';

export type WorkCalendarSpec = {
  /** IANA zone of the unit: "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA), "Asia/Jayapura" (WIT). */
  readonly timeZone: string;
  readonly week: WeekHours;
  readonly overrides: readonly HoursOverride[];
  /** Closed days: national holidays, cuti bersama and local holidays, confirmed or not. */
  readonly holidays: readonly Holiday[];
};

/**
 * Validates a calendar spec from the admin API or configuration, returning every failing
 * field (bad HH:MM, close not after open, a break outside hours or overlapping another,
 * from after to, overrides overlapping without nesting, unknown time zone, bad holiday).
 * On success the time zone is returned in its canonical IANA spelling.
 */
export function parseWorkCalendarSpec(input: unknown): ParseResult<WorkCalendarSpec> {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '', code: 'invalid_type', message: 'a calendar spec must be an object' }],
    };
  }
  const errors: ErrorSink = [];
  const timeZone = readTimeZone(input, errors);
  const week = collectWeekHours(input['week'], 'week', errors);
  const beforeOverrides = errors.length;
  const overrides = collectOverrides(input['overrides'], 'overrides', errors);
  // Indices only match the input when every override parsed.
  if (errors.length === beforeOverrides) checkOverrideNesting(overrides, errors);
  const holidays = collectHolidays(input['holidays'], 'holidays', errors);
  if (errors.length > 0 || timeZone === null || week === null) return { ok: false, errors };
  return { ok: true, value: { timeZone, week, overrides, holidays } };
}

function readTimeZone(input: Record<string, unknown>, errors: ErrorSink): string | null {
  const name = readString(input, 'timeZone', '', errors);
  if (name === null) return null;
  const canonical = canonicalTimeZone(name);
  if (canonical === null) {
    errors.push({
      path: 'timeZone',
      code: 'unknown_time_zone',
      message: `"${name}" is not an IANA time zone`,
    });
  }
  return canonical;
}

/**
 * Two overrides may be disjoint or one may contain the other (the narrower wins), but a
 * partial overlap leaves it unclear which hours apply on the shared days.
 */
function checkOverrideNesting(overrides: readonly HoursOverride[], errors: ErrorSink): void {
  const ranges = overrides.map((override) => ({
    from: dayNumberFromIsoDate(override.from) ?? 0,
    to: dayNumberFromIsoDate(override.to) ?? 0,
  }));
  ranges.forEach((current, index) => {
    const clash = ranges.findIndex(
      (other, otherIndex) => otherIndex < index && partlyOverlap(current, other),
    );
    if (clash >= 0) {
      const message = `overlaps override ${clash} without one containing the other`;
      errors.push({ path: join('overrides', index), code: 'overrides_overlap', message });
    }
  });
}

type DayRange = { readonly from: number; readonly to: number };

function partlyOverlap(a: DayRange, b: DayRange): boolean {
  const intersect = a.from <= b.to && b.from <= a.to;
  const nested = (a.from <= b.from && b.to <= a.to) || (b.from <= a.from && a.to <= b.to);
  return intersect && !nested;
}
