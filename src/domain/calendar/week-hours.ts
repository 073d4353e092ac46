/**
 * Office hours of a unit: a normal week plus date-ranged overrides (Ramadan, closures).
 */
import { minuteOfDay, type IsoDate, type IsoWeekday, type LocalTime } from './local-date.js';

export type Break = { readonly start: LocalTime; readonly end: LocalTime };

/** One day's hours: open from `open` to `close`, minus the breaks. */
export type DayHours = {
  readonly open: LocalTime;
  readonly close: LocalTime;
  readonly breaks: readonly Break[];
};

/** Hours per ISO weekday (1 = Monday … 7 = Sunday); null = closed all day. */
export type WeekHours = { readonly [day in IsoWeekday]: DayHours | null };

/**
 * Hours that replace the normal week from `from` to `to` (both inclusive, local dates),
 * e.g. Ramadan hours, or 'closed' for an office closure. Where overrides nest, the
 * narrowest range wins (a one-day closure inside Ramadan); equal ranges: the later entry.
 */
export type HoursOverride = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly hours: WeekHours | 'closed';
  readonly reason: string;
};

/** A working segment of a day, in minutes after local midnight, end exclusive. */
export type MinuteSegment = { readonly start: number; readonly end: number };

const MON_THU = frozenDay('07:30', '16:00', { start: '12:00', end: '13:00' });
const FRIDAY = frozenDay('07:30', '16:30', { start: '11:30', end: '13:00' });

/**
 * Perpres 21/2023 (hari kerja dan jam kerja instansi pemerintah): Monday–Friday,
 * 37.5 hours a week starting 07:30, a 60-minute break (90 minutes on Friday).
 * Mon–Thu 07:30–16:00, break 12:00–13:00; Fri 07:30–16:30, break 11:30–13:00: 450 working
 * minutes every working day. Saturday and Sunday closed.
 */
export const DEFAULT_WEEK_HOURS: WeekHours = Object.freeze({
  1: MON_THU,
  2: MON_THU,
  3: MON_THU,
  4: MON_THU,
  5: FRIDAY,
  6: null,
  7: null,
});

/**
 * The working segments of a day: [open, first break start), …, [last break end, close).
 * Expects hours that passed validation; empty segments are dropped.
 */
export function workingSegments(hours: DayHours): MinuteSegment[] {
  const open = requireMinute(hours.open);
  const close = requireMinute(hours.close);
  const breaks = hours.breaks
    .map((entry) => ({ start: requireMinute(entry.start), end: requireMinute(entry.end) }))
    .sort((a, b) => a.start - b.start);
  const segments: MinuteSegment[] = [];
  let cursor = open;
  for (const entry of breaks) {
    if (entry.start > cursor) segments.push({ start: cursor, end: entry.start });
    cursor = Math.max(cursor, entry.end);
  }
  if (close > cursor) segments.push({ start: cursor, end: close });
  return segments;
}

/** Working minutes of a day's hours (450 for every DEFAULT_WEEK_HOURS working day). */
export function workingMinutesOfDay(hours: DayHours | null): number {
  if (hours === null) return 0;
  return workingSegments(hours).reduce((sum, segment) => sum + segment.end - segment.start, 0);
}

function frozenDay(open: LocalTime, close: LocalTime, ...breaks: Break[]): DayHours {
  return Object.freeze({ open, close, breaks: Object.freeze(breaks.map((entry) => Object.freeze(entry))) });
}

function requireMinute(time: LocalTime): number {
  const minute = minuteOfDay(time);
  if (minute === null) throw new RangeError(`Invalid local time "${time}", expected HH:MM`);
  return minute;
}
