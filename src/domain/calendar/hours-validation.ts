/**
 * Validation of office hours and overrides, field by field, for the admin API and for
 * createWorkCalendar. Every rule here keeps addWorkingMinutes well defined: working
 * segments must be ordered and must not overlap.
 */
import { dayNumberFromIsoDate, minuteOfDay, type IsoWeekday } from './local-date.js';
import { isRecord, join, readArray, readString, type ErrorSink } from './field-error.js';
import type { Break, DayHours, HoursOverride, WeekHours } from './week-hours.js';

export const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Hours per ISO weekday; every key 1–7 must be present (null = closed). */
export function collectWeekHours(input: unknown, path: string, errors: ErrorSink): WeekHours | null {
  if (!isRecord(input)) {
    const code = input === undefined ? 'required' : 'invalid_type';
    errors.push({ path, code, message: 'week hours must be an object with keys 1 (Monday) to 7 (Sunday)' });
    return null;
  }
  const before = errors.length;
  const week: Partial<Record<IsoWeekday, DayHours | null>> = {};
  for (const weekday of WEEKDAYS) {
    const day = input[String(weekday)];
    const dayPath = join(path, weekday);
    if (day === undefined)
      errors.push({ path: dayPath, code: 'required', message: 'use null for a closed day' });
    else week[weekday] = day === null ? null : collectDayHours(day, dayPath, errors);
  }
  return errors.length > before ? null : (week as WeekHours);
}

/** open < close, each break inside [open, close] with start < end, breaks not overlapping. */
export function collectDayHours(input: unknown, path: string, errors: ErrorSink): DayHours | null {
  if (!isRecord(input)) {
    errors.push({ path, code: 'invalid_type', message: 'day hours must be an object or null' });
    return null;
  }
  const before = errors.length;
  const open = readTime(input, 'open', path, errors);
  const close = readTime(input, 'close', path, errors);
  if (open !== null && close !== null && close.minute <= open.minute) {
    errors.push({
      path: join(path, 'close'),
      code: 'close_not_after_open',
      message: 'close must be after open',
    });
  }
  const breaks = collectBreaks(input, path, errors);
  if (errors.length > before || open === null || close === null || breaks === null) return null;
  breaks.forEach((entry, index) => {
    if (entry.start < open.minute || entry.end > close.minute) {
      const message = `break must lie within ${open.text}–${close.text}`;
      errors.push({ path: join(join(path, 'breaks'), index), code: 'break_outside_hours', message });
    }
  });
  checkBreakOverlaps(breaks, join(path, 'breaks'), errors);
  if (errors.length > before) return null;
  return { open: open.text, close: close.text, breaks: breaks.map((entry) => entry.value) };
}

type ParsedBreak = {
  readonly start: number;
  readonly end: number;
  readonly value: Break;
  readonly index: number;
};

function collectBreaks(
  input: Record<string, unknown>,
  path: string,
  errors: ErrorSink,
): ParsedBreak[] | null {
  const list = readArray(input, 'breaks', path, errors);
  if (list === null) return null;
  const before = errors.length;
  const breaks: ParsedBreak[] = [];
  list.forEach((entry: unknown, index) => {
    const breakPath = join(join(path, 'breaks'), index);
    if (!isRecord(entry)) {
      errors.push({ path: breakPath, code: 'invalid_type', message: 'a break must be an object' });
      return;
    }
    const start = readTime(entry, 'start', breakPath, errors);
    const end = readTime(entry, 'end', breakPath, errors);
    if (start === null || end === null) return;
    if (end.minute <= start.minute) {
      errors.push({
        path: join(breakPath, 'end'),
        code: 'break_end_not_after_start',
        message: 'break end must be after its start',
      });
      return;
    }
    breaks.push({ start: start.minute, end: end.minute, value: { start: start.text, end: end.text }, index });
  });
  return errors.length > before ? null : breaks;
}

function checkBreakOverlaps(breaks: readonly ParsedBreak[], path: string, errors: ErrorSink): void {
  const sorted = [...breaks].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous !== undefined && current !== undefined && current.start < previous.end) {
      const message = `break overlaps break ${previous.index}`;
      errors.push({ path: join(path, current.index), code: 'breaks_overlap', message });
    }
  }
}

function readTime(
  record: Record<string, unknown>,
  key: string,
  path: string,
  errors: ErrorSink,
): { readonly text: string; readonly minute: number } | null {
  const text = readString(record, key, path, errors);
  if (text === null) return null;
  const minute = minuteOfDay(text);
  if (minute === null) {
    errors.push({
      path: join(path, key),
      code: 'invalid_time',
      message: `"${text}" is not a time HH:MM (00:00–24:00)`,
    });
    return null;
  }
  return { text, minute };
}

/** Date-ranged overrides: real dates, from ≤ to, and nested-or-disjoint ranges. */
export function collectOverrides(input: unknown, path: string, errors: ErrorSink): HoursOverride[] {
  if (!Array.isArray(input)) {
    const code = input === undefined ? 'required' : 'invalid_type';
    errors.push({ path, code, message: 'overrides must be an array' });
    return [];
  }
  const overrides: HoursOverride[] = [];
  input.forEach((entry: unknown, index) => {
    const override = collectOverride(entry, join(path, index), errors);
    if (override !== null) overrides.push(override);
  });
  return overrides;
}

function collectOverride(input: unknown, path: string, errors: ErrorSink): HoursOverride | null {
  if (!isRecord(input)) {
    errors.push({ path, code: 'invalid_type', message: 'an override must be an object' });
    return null;
  }
  const before = errors.length;
  const from = readDate(input, 'from', path, errors);
  const to = readDate(input, 'to', path, errors);
  const reason = readString(input, 'reason', path, errors);
  if (reason !== null && reason.trim() === '') {
    errors.push({ path: join(path, 'reason'), code: 'required', message: 'reason must not be empty' });
  }
  if (from !== null && to !== null && from.day > to.day) {
    errors.push({ path: join(path, 'to'), code: 'from_after_to', message: 'to must not be before from' });
  }
  const rawHours = input['hours'];
  const hours = rawHours === 'closed' ? 'closed' : collectWeekHours(rawHours, join(path, 'hours'), errors);
  if (errors.length > before || from === null || to === null || reason === null || hours === null)
    return null;
  return { from: from.text, to: to.text, hours, reason };
}

function readDate(
  record: Record<string, unknown>,
  key: string,
  path: string,
  errors: ErrorSink,
): { readonly text: string; readonly day: number } | null {
  const text = readString(record, key, path, errors);
  if (text === null) return null;
  const day = dayNumberFromIsoDate(text);
  if (day === null) {
    errors.push({
      path: join(path, key),
      code: 'invalid_date',
      message: `"${text}" is not a date YYYY-MM-DD`,
    });
    return null;
  }
  return { text, day };
}
