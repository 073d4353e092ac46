/**
 * Report periods: whole local days of the unit, from the first day's midnight to the midnight
 * after the last day, in the unit's IANA zone. A month is its first to its last day. Pure:
 * the zone is an argument, the clock is never read.
 */
import type { FieldError } from '../errors.js';
import { MS_PER_DAY, dayNumberFromIsoDate, isoDateFromDayNumber } from '../calendar/local-date.js';
import { createTimeZone } from '../calendar/time-zone.js';

/** Local dates "YYYY-MM-DD", both included. */
export type LocalPeriod = Readonly<{ from: string; to: string }>;

/** A period as instants: [startMs, endMs), epoch milliseconds. */
export type PeriodInstants = Readonly<{ startMs: number; endMs: number }>;

/** The longest period a report covers: a year and a day (a leap year's). */
export const MAX_PERIOD_DAYS = 366;

const MONTH = /^(\d{4})-(\d{2})$/;

export type PeriodParse =
  Readonly<{ ok: true; period: LocalPeriod }> | Readonly<{ ok: false; errors: readonly FieldError[] }>;

/**
 * Checks a period given as two dates: each a real date, `to` not before `from`, at most
 * MAX_PERIOD_DAYS days. Field errors name `from` and `to`.
 */
export function parsePeriod(from: string, to: string): PeriodParse {
  const start = dayNumberFromIsoDate(from);
  const end = dayNumberFromIsoDate(to);
  const errors: FieldError[] = [];
  if (start === null) errors.push(notADate('from'));
  if (end === null) errors.push(notADate('to'));
  if (start === null || end === null) return { ok: false, errors };
  if (end < start) {
    return {
      ok: false,
      errors: [
        {
          field: 'to',
          code: 'before_from',
          message: {
            id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
            en: 'The end date must not be before the start date.',
          },
        },
      ],
    };
  }
  if (end - start + 1 > MAX_PERIOD_DAYS) {
    const message = {
      id: `Periode paling panjang ${MAX_PERIOD_DAYS} hari.`,
      en: `A period is at most ${MAX_PERIOD_DAYS} days long.`,
    };
    return { ok: false, errors: [{ field: 'to', code: 'period_too_long', message }] };
  }
  return { ok: true, period: { from, to } };
}

/** The period of a month "YYYY-MM", or null when it is not one. */
export function monthPeriod(month: string): LocalPeriod | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) return null;
  const first = Math.round(Date.UTC(year, monthIndex, 1) / MS_PER_DAY);
  const next = Math.round(Date.UTC(year, monthIndex + 1, 1) / MS_PER_DAY);
  return { from: isoDateFromDayNumber(first), to: isoDateFromDayNumber(next - 1) };
}

/** The month "YYYY-MM" `offset` months after `month` (negative: before). */
export function shiftMonth(month: string, offset: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instants of a period in a time zone: local midnight of `from` to local midnight after `to`. */
export function periodInstants(timeZone: string, period: LocalPeriod): PeriodInstants {
  const zone = createTimeZone(timeZone);
  const start = dayNumberFromIsoDate(period.from);
  const end = dayNumberFromIsoDate(period.to);
  if (start === null || end === null) throw new RangeError(`Not a period: ${period.from}…${period.to}`);
  return { startMs: zone.epochMsOfLocal(start, 0), endMs: zone.epochMsOfLocal(end + 1, 0) };
}

/** The local date "YYYY-MM-DD" and month "YYYY-MM" of an instant in a zone. */
export function localDateOf(timeZone: string, epochMs: number): string {
  const zone = createTimeZone(timeZone);
  return isoDateFromDayNumber(Math.floor((epochMs + zone.offsetMsAt(epochMs)) / MS_PER_DAY));
}

function notADate(field: 'from' | 'to'): FieldError {
  return {
    field,
    code: 'invalid_date',
    message: {
      id: 'Harus tanggal yang ada, ditulis YYYY-MM-DD.',
      en: 'Must be a real date written YYYY-MM-DD.',
    },
  };
}
