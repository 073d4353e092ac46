import { describe, expect, it } from 'vitest';
import {
  dayNumberFromIsoDate,
  isIsoDate,
  isoDateFromDayNumber,
  isoWeekdayOf,
  minuteOfDay,
} from './local-date.js';

describe('local dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-03-16', 20528],
    ['1969-12-31', -1],
  ])('%s is day number %i and back', (date, dayNumber) => {
    expect(dayNumberFromIsoDate(date)).toBe(dayNumber);
    expect(isoDateFromDayNumber(dayNumber)).toBe(date);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-3-16', '16-03-2026', ''])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it.each([
    ['2026-03-16', 1],
    ['2026-03-13', 5],
    ['2026-03-14', 6],
    ['2026-03-15', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekdayOf(dayNumberFromIsoDate(date) ?? Number.NaN)).toBe(weekday);
  });
});

describe('local times', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['16:30', 990],
    ['24:00', 1440],
  ])('%s is minute %i', (time, minute) => {
    expect(minuteOfDay(time)).toBe(minute);
  });

  it.each(['7:30', '07:60', '24:01', '25:00', '07.30', '07:30:00', ''])('rejects %j', (time) => {
    expect(minuteOfDay(time)).toBeNull();
  });
});
