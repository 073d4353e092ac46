/**
 * Working-time arithmetic for SLA targets.
 *
 * Conventions (all instants are integer epoch milliseconds):
 * - Working time is a union of half-open intervals [open, break start), [break end, close)
 *   per local day; a closing or break-start instant is itself not working time.
 * - addWorkingMinutes(from, m) is the earliest instant t ≥ nextOpening(from) such that the
 *   working time in [nextOpening(from), t) is exactly m. So when the minutes run out at a
 *   closing or break start, the due instant is that closing/break start (450 minutes from
 *   Monday 07:30 is Monday 16:00, not Tuesday 07:30); m = 0 gives nextOpening(from).
 * - workingMinutesBetween(from, to) counts the working time in [from, to) and is exact
 *   (milliseconds / 60 000, possibly fractional), so for whole-millisecond m:
 *   workingMinutesBetween(from, addWorkingMinutes(from, m)) === m.
 */
import { createDayIndex, type DayIndex, type WorkDay } from './day-plan.js';
import { parseWorkCalendarSpec, type WorkCalendarSpec } from './calendar-spec.js';
import { createTimeZone, formatInstant } from './time-zone.js';
import { MS_PER_MINUTE } from './local-date.js';

/** About three years: a calendar closed this long in a row is taken as misconfigured. */
export const MAX_CLOSED_DAYS_IN_A_ROW = 3 * 366;

export type WorkCalendar = {
  /** Canonical IANA zone of the unit. */
  readonly timeZone: string;
  /** The instant `minutes` working minutes after `fromMs` (see the module conventions). */
  addWorkingMinutes(fromMs: number, minutes: number): number;
  /** As addWorkingMinutes, with the amount in milliseconds (rounded to a whole millisecond). */
  addWorkingMs(fromMs: number, amountMs: number): number;
  /** Working minutes in [fromMs, toMs); 0 when toMs ≤ fromMs. Exact, may be fractional. */
  workingMinutesBetween(fromMs: number, toMs: number): number;
  /** Working milliseconds in [fromMs, toMs); 0 when toMs ≤ fromMs. */
  workingMsBetween(fromMs: number, toMs: number): number;
  /** `ms` itself when it is working time, otherwise the start of the next working interval. */
  nextOpening(ms: number): number;
  /** Whether `ms` lies in a working interval (opening instants yes, closing instants no). */
  isWorkingInstant(ms: number): boolean;
  /** ISO 8601 in the unit's zone, e.g. "2026-03-16T14:30:00+07:00". */
  formatLocal(ms: number): string;
};

/**
 * Builds a working calendar from a spec; throws a RangeError listing the failing fields
 * when the spec is invalid. Days are planned lazily and cached, so keep one calendar per
 * unit and spec rather than building one per ticket.
 */
export function createWorkCalendar(spec: WorkCalendarSpec): WorkCalendar {
  const parsed = parseWorkCalendarSpec(spec);
  if (!parsed.ok) {
    const details = parsed.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
    throw new RangeError(`Invalid work calendar spec: ${details}`);
  }
  const zone = createTimeZone(parsed.value.timeZone);
  const days = createDayIndex(parsed.value, zone);
  const formatLocal = (ms: number): string => formatInstant(zone, ms);

  function addWorkingMs(fromMs: number, amountMs: number): number {
    requireInstant(fromMs, 'fromMs');
    if (!Number.isFinite(amountMs) || amountMs < 0) {
      throw new RangeError(`Working time to add must be a finite number ≥ 0, got ${amountMs}`);
    }
    return walkForward(days, fromMs, Math.round(amountMs), formatLocal);
  }

  function workingMsBetween(fromMs: number, toMs: number): number {
    requireInstant(fromMs, 'fromMs');
    requireInstant(toMs, 'toMs');
    return toMs <= fromMs ? 0 : sumBetween(days, fromMs, toMs);
  }

  return {
    timeZone: zone.name,
    addWorkingMs,
    addWorkingMinutes: (fromMs, minutes) => addWorkingMs(fromMs, minutes * MS_PER_MINUTE),
    workingMsBetween,
    workingMinutesBetween: (fromMs, toMs) => workingMsBetween(fromMs, toMs) / MS_PER_MINUTE,
    nextOpening: (ms) => addWorkingMs(ms, 0),
    isWorkingInstant: (ms) => {
      requireInstant(ms, 'ms');
      return isInside(days.at(ms).intervals, ms);
    },
    formatLocal,
  };
}

/**
 * The earliest instant t ≥ nextOpening(fromMs) with exactly `amountMs` of working time in
 * [nextOpening(fromMs), t). Whole days that fit are skipped using their total.
 */
function walkForward(
  days: DayIndex,
  fromMs: number,
  amountMs: number,
  formatLocal: (ms: number) => string,
): number {
  let day = days.at(fromMs);
  let cursor = fromMs;
  let remaining = amountMs;
  let closedInARow = 0;
  for (;;) {
    const intervals = day.intervals;
    if (intervals.length === 0) {
      closedInARow += 1;
      if (closedInARow > MAX_CLOSED_DAYS_IN_A_ROW) throw noWorkingTime(formatLocal(fromMs));
    } else if (remaining > day.workMs && cursor <= (intervals[0] ?? cursor)) {
      closedInARow = 0;
      remaining -= day.workMs;
    } else {
      closedInARow = 0;
      for (let i = 0; i < intervals.length; i += 2) {
        const end = intervals[i + 1] ?? 0;
        if (end <= cursor) continue;
        const start = Math.max(intervals[i] ?? 0, cursor);
        if (remaining <= end - start) return start + remaining;
        remaining -= end - start;
      }
    }
    day = days.byNumber(day.dayNumber + 1);
    cursor = day.startMs;
  }
}

/** Working milliseconds in [fromMs, toMs), for fromMs < toMs: two part days and the whole days between. */
function sumBetween(days: DayIndex, fromMs: number, toMs: number): number {
  const first = days.at(fromMs);
  if (toMs <= first.endMs) return workMsWithin(first, fromMs, toMs);
  const last = days.at(toMs - 1);
  return (
    workMsWithin(first, fromMs, first.endMs) +
    days.workMsOfDays(first.dayNumber + 1, last.dayNumber) +
    workMsWithin(last, last.startMs, toMs)
  );
}

/** Working milliseconds of one day inside [fromMs, toMs). */
function workMsWithin(day: WorkDay, fromMs: number, toMs: number): number {
  if (fromMs <= day.startMs && day.endMs <= toMs) return day.workMs;
  let total = 0;
  const intervals = day.intervals;
  for (let i = 0; i < intervals.length; i += 2) {
    const start = Math.max(intervals[i] ?? 0, fromMs);
    const end = Math.min(intervals[i + 1] ?? 0, toMs);
    if (end > start) total += end - start;
  }
  return total;
}

function isInside(intervals: readonly number[], ms: number): boolean {
  for (let i = 0; i < intervals.length; i += 2) {
    if ((intervals[i] ?? 0) <= ms && ms < (intervals[i + 1] ?? 0)) return true;
  }
  return false;
}

function requireInstant(ms: number, name: string): void {
  if (!Number.isSafeInteger(ms)) {
    throw new RangeError(`${name} must be an integer epoch millisecond instant, got ${ms}`);
  }
}

function noWorkingTime(from: string): Error {
  return new Error(
    `No working time within ${MAX_CLOSED_DAYS_IN_A_ROW} days after ${from}: ` +
      'every day is closed; check the week hours, overrides and holidays',
  );
}
