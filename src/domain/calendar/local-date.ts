/**
 * Civil (wall-clock) dates and times, free of any time zone.
 *
 * A local date is handled internally as a day number: whole days since 1970-01-01 on the
 * proleptic Gregorian calendar. Only `Date.UTC` and the `getUTC*` getters are used, so the
 * results never depend on the server's own time zone.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock time "HH:MM", 00:00–24:00 ("24:00" is the end of the day). */
export type LocalTime = string;

/** A civil date "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/** Day number of a "YYYY-MM-DD" date, or null when it is malformed or not a real date. */
export function dayNumberFromIsoDate(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Whether a string is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(date: string): boolean {
  return dayNumberFromIsoDate(date) !== null;
}

/** The "YYYY-MM-DD" form of a day number. */
export function isoDateFromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function isoWeekdayOf(dayNumber: number): IsoWeekday {
  const mondayBased = (((dayNumber + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as IsoWeekday;
}

/** Minutes since midnight of an "HH:MM" time, or null when malformed (24:00 is allowed). */
export function minuteOfDay(time: string): number | null {
  const match = LOCAL_TIME.exec(time);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

/** Zero-padded decimal, e.g. pad(7) = "07". */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
