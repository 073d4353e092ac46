/**
 * Working intervals of each local day as epoch milliseconds, computed once per day and
 * cached, so that due-time arithmetic is a walk over small arrays of numbers.
 */
import { dayNumberFromIsoDate, isoWeekdayOf, MS_PER_DAY } from './local-date.js';
import { workingSegments, type DayHours, type HoursOverride } from './week-hours.js';
import type { TimeZone } from './time-zone.js';
import type { WorkCalendarSpec } from './calendar-spec.js';

export type WorkDay = {
  readonly dayNumber: number;
  /** Local midnight starting the day. */
  readonly startMs: number;
  /** Local midnight starting the next day. */
  readonly endMs: number;
  /** Working intervals, flattened: [start0, end0, start1, end1, …], each [start, end). */
  readonly intervals: readonly number[];
  /** Total working milliseconds of the day. */
  readonly workMs: number;
};

/** Cached working days, by local day number or by an instant inside the day. */
export type DayIndex = {
  byNumber(dayNumber: number): WorkDay;
  at(epochMs: number): WorkDay;
  /** Working milliseconds of the whole days numbered [from, to). */
  workMsOfDays(from: number, to: number): number;
};

/** Days per block of remembered totals: a span of years adds up a few dozen blocks, not a thousand days. */
const BLOCK_DAYS = 32;

type RangedOverride = { readonly from: number; readonly to: number; readonly override: HoursOverride };

/** Plans days lazily from a validated spec and caches them. */
export function createDayIndex(spec: WorkCalendarSpec, zone: TimeZone): DayIndex {
  const holidays = new Set(spec.holidays.map((holiday) => dayNumberFromIsoDate(holiday.date)));
  const overrides = rangeOverrides(spec.overrides);
  const cache = new Map<number, WorkDay>();

  function hoursOf(dayNumber: number): DayHours | null {
    if (holidays.has(dayNumber)) return null;
    const override = overrideFor(overrides, dayNumber);
    const week = override === null ? spec.week : override.hours;
    return week === 'closed' ? null : week[isoWeekdayOf(dayNumber)];
  }

  function byNumber(dayNumber: number): WorkDay {
    let day = cache.get(dayNumber);
    if (day === undefined) {
      day = buildDay(dayNumber, hoursOf(dayNumber), zone);
      cache.set(dayNumber, day);
    }
    return day;
  }

  // Local day guessed from the last offset seen, then corrected by the day's real bounds.
  let offsetHint = 0;
  function at(epochMs: number): WorkDay {
    let day = byNumber(Math.floor((epochMs + offsetHint) / MS_PER_DAY));
    while (epochMs < day.startMs) day = byNumber(day.dayNumber - 1);
    while (epochMs >= day.endMs) day = byNumber(day.dayNumber + 1);
    offsetHint = day.dayNumber * MS_PER_DAY - day.startMs;
    return day;
  }

  const blockTotals = new Map<number, number>();
  function blockTotal(block: number): number {
    let total = blockTotals.get(block);
    if (total === undefined) {
      total = 0;
      for (let d = block * BLOCK_DAYS; d < (block + 1) * BLOCK_DAYS; d++) total += byNumber(d).workMs;
      blockTotals.set(block, total);
    }
    return total;
  }

  function workMsOfDays(from: number, to: number): number {
    let total = 0;
    let d = from;
    while (d < to && ((d % BLOCK_DAYS) + BLOCK_DAYS) % BLOCK_DAYS !== 0) total += byNumber(d++).workMs;
    for (; d + BLOCK_DAYS <= to; d += BLOCK_DAYS) total += blockTotal(Math.floor(d / BLOCK_DAYS));
    while (d < to) total += byNumber(d++).workMs;
    return total;
  }

  return { byNumber, at, workMsOfDays };
}

/** Overrides with day numbers, narrowest range first; on equal ranges the later entry first. */
function rangeOverrides(overrides: readonly HoursOverride[]): RangedOverride[] {
  return overrides
    .map((override, index) => ({
      from: dayNumberFromIsoDate(override.from) ?? Number.NaN,
      to: dayNumberFromIsoDate(override.to) ?? Number.NaN,
      override,
      index,
    }))
    .sort((a, b) => a.to - a.from - (b.to - b.from) || b.index - a.index);
}

function overrideFor(overrides: readonly RangedOverride[], dayNumber: number): HoursOverride | null {
  return overrides.find((ranged) => ranged.from <= dayNumber && dayNumber <= ranged.to)?.override ?? null;
}

function buildDay(dayNumber: number, hours: DayHours | null, zone: TimeZone): WorkDay {
  const startMs = zone.epochMsOfLocal(dayNumber, 0);
  const endMs = zone.epochMsOfLocal(dayNumber + 1, 0);
  const intervals: number[] = [];
  let workMs = 0;
  let cursor = startMs;
  for (const segment of hours === null ? [] : workingSegments(hours)) {
    // Clamped so that intervals stay ordered even around a DST jump.
    const start = Math.max(cursor, zone.epochMsOfLocal(dayNumber, segment.start));
    const end = Math.min(endMs, zone.epochMsOfLocal(dayNumber, segment.end));
    if (end <= start) continue;
    intervals.push(start, end);
    workMs += end - start;
    cursor = end;
  }
  return { dayNumber, startMs, endMs, intervals, workMs };
}
