import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, createTimeZone, formatInstant } from './time-zone.js';
import { dayNumberFromIsoDate } from './local-date.js';

const day = (date: string): number => dayNumberFromIsoDate(date) ?? Number.NaN;
const HOUR = 3_600_000;

describe('time zones', () => {
  it.each([
    ['Asia/Jakarta', 7],
    ['Asia/Makassar', 8],
    ['Asia/Jayapura', 9],
    ['UTC', 0],
    ['Asia/Kolkata', 5.5],
  ])('%s is UTC%+d in 2026', (name, hours) => {
    expect(createTimeZone(name).offsetMsAt(Date.UTC(2026, 2, 16, 7))).toBe(hours * HOUR);
  });

  it('knows canonical names and rejects unknown ones', () => {
    expect(canonicalTimeZone('asia/jakarta')).toBe('Asia/Jakarta');
    expect(canonicalTimeZone('Asia/Padang')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(() => createTimeZone('Mars/Olympus_Mons')).toThrow(/Unknown time zone: "Mars\/Olympus_Mons"/);
  });

  it('maps a local wall-clock time to its instant', () => {
    const jakarta = createTimeZone('Asia/Jakarta');
    expect(jakarta.epochMsOfLocal(day('2026-03-16'), 14 * 60 + 30)).toBe(Date.parse('2026-03-16T07:30:00Z'));
    expect(jakarta.epochMsOfLocal(day('2026-03-16'), 1440)).toBe(Date.parse('2026-03-16T17:00:00Z'));
  });

  it('resolves DST gaps forward and repeated hours to the earlier instant', () => {
    const newYork = createTimeZone('America/New_York');
    // 2026-03-08 02:30 does not exist in New York (clocks jump 02:00 → 03:00).
    expect(newYork.epochMsOfLocal(day('2026-03-08'), 150)).toBe(Date.parse('2026-03-08T03:30:00-04:00'));
    // 2026-11-01 01:30 happens twice; the first is EDT.
    expect(newYork.epochMsOfLocal(day('2026-11-01'), 90)).toBe(Date.parse('2026-11-01T01:30:00-04:00'));
    expect(newYork.epochMsOfLocal(day('2026-07-01'), 0)).toBe(Date.parse('2026-07-01T00:00:00-04:00'));
  });

  it.each([
    ['Asia/Jakarta', '2026-03-16T14:30:00+07:00'],
    ['Asia/Makassar', '2026-03-16T15:30:00+08:00'],
    ['Asia/Jayapura', '2026-03-16T16:30:00+09:00'],
    ['UTC', '2026-03-16T07:30:00+00:00'],
    ['America/New_York', '2026-03-16T03:30:00-04:00'],
  ])('formats an instant in %s as %s', (name, expected) => {
    expect(formatInstant(createTimeZone(name), Date.parse('2026-03-16T07:30:00Z'))).toBe(expected);
  });

  it('keeps an offset change in the middle of an hour, however often the hour is asked about', () => {
    // Jakarta moved from UTC+07:30 to UTC+07:00 at local midnight of 1 January 1964.
    const jakarta = createTimeZone('Asia/Jakarta');
    const change = Date.parse('1963-12-31T16:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(jakarta.offsetMsAt(change - 30 * 60_000)).toBe(7.5 * HOUR);
      expect(jakarta.offsetMsAt(change - 1)).toBe(7.5 * HOUR);
      expect(jakarta.offsetMsAt(change)).toBe(7 * HOUR);
      expect(jakarta.offsetMsAt(change + 29 * 60_000)).toBe(7 * HOUR);
      expect(jakarta.offsetMsAt(change + 31 * 60_000)).toBe(7 * HOUR);
    }
  });

  it('shows milliseconds only when present', () => {
    const jakarta = createTimeZone('Asia/Jakarta');
    expect(formatInstant(jakarta, Date.parse('2026-03-16T07:30:00.250Z'))).toBe(
      '2026-03-16T14:30:00.250+07:00',
    );
  });
});
