import { describe, expect, it } from 'vitest';
import { createDayIndex } from './day-plan.js';
import { createTimeZone } from './time-zone.js';
import { dayNumberFromIsoDate } from './local-date.js';
import { DEFAULT_WEEK_HOURS, type WeekHours } from './week-hours.js';

const jakarta = createTimeZone('Asia/Jakarta');
const day = (date: string): number => dayNumberFromIsoDate(date) ?? Number.NaN;
const at = (iso: string): number => Date.parse(iso);
const short = { open: '09:00', close: '10:00', breaks: [] };
const shortWeek: WeekHours = { 1: short, 2: short, 3: short, 4: short, 5: short, 6: null, 7: null };

describe('createDayIndex', () => {
  const index = createDayIndex(
    {
      timeZone: 'Asia/Jakarta',
      week: DEFAULT_WEEK_HOURS,
      overrides: [
        { from: '2026-03-09', to: '2026-03-09', hours: 'closed', reason: 'one-day closure, listed first' },
        { from: '2026-03-02', to: '2026-03-13', hours: shortWeek, reason: 'wide override' },
        { from: '2026-03-12', to: '2026-03-12', hours: DEFAULT_WEEK_HOURS, reason: 'same range A' },
        { from: '2026-03-12', to: '2026-03-12', hours: 'closed', reason: 'same range B, later' },
      ],
      holidays: [
        { date: '2026-03-03', type: 'local', name: 'Libur daerah', source: 'test', confirmed: false },
      ],
    },
    jakarta,
  );

  it('plans a normal day as epoch-ms intervals between local midnights', () => {
    const monday = index.byNumber(day('2026-02-23'));
    expect(monday.startMs).toBe(at('2026-02-23T00:00+07:00'));
    expect(monday.endMs).toBe(at('2026-02-24T00:00+07:00'));
    expect(monday.intervals).toEqual([
      at('2026-02-23T07:30+07:00'),
      at('2026-02-23T12:00+07:00'),
      at('2026-02-23T13:00+07:00'),
      at('2026-02-23T16:00+07:00'),
    ]);
    expect(monday.workMs).toBe(450 * 60_000);
  });

  it('closes holidays even inside an override and even when unconfirmed', () => {
    expect(index.byNumber(day('2026-03-03')).intervals).toEqual([]);
  });

  it('lets the narrowest override win, and the later one on equal ranges', () => {
    expect(index.byNumber(day('2026-03-09')).workMs).toBe(0);
    expect(index.byNumber(day('2026-03-10')).workMs).toBe(60 * 60_000);
    expect(index.byNumber(day('2026-03-12')).workMs).toBe(0);
    expect(index.byNumber(day('2026-03-16')).workMs).toBe(450 * 60_000);
  });

  it('finds the day of an instant, at both edges', () => {
    expect(index.at(at('2026-03-16T00:00+07:00')).dayNumber).toBe(day('2026-03-16'));
    expect(index.at(at('2026-03-16T23:59:59.999+07:00')).dayNumber).toBe(day('2026-03-16'));
    expect(index.at(at('2026-03-16T16:59:59.999Z')).dayNumber).toBe(day('2026-03-16'));
    expect(index.at(at('2026-03-16T17:00:00Z')).dayNumber).toBe(day('2026-03-17'));
  });

  it('returns the cached day on a second lookup', () => {
    expect(index.byNumber(day('2026-04-01'))).toBe(index.byNumber(day('2026-04-01')));
  });

  it('keeps day bounds tiling the timeline across a DST change', () => {
    const allDay = { open: '00:00', close: '24:00', breaks: [] };
    const week: WeekHours = { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay };
    const newYork = createDayIndex(
      { timeZone: 'America/New_York', week, overrides: [], holidays: [] },
      createTimeZone('America/New_York'),
    );
    const sunday = newYork.byNumber(day('2026-03-08'));
    expect(sunday.endMs - sunday.startMs).toBe(23 * 3_600_000);
    expect(sunday.workMs).toBe(23 * 3_600_000);
    expect(newYork.byNumber(day('2026-03-09')).startMs).toBe(sunday.endMs);
  });
});
