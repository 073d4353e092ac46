import { describe, expect, it } from 'vitest';
import holidays2026 from '../../../config/holidays/2026.json' with { type: 'json' };
import { parseHolidays } from './holidays.js';
import { DEFAULT_WEEK_HOURS, type WeekHours } from './week-hours.js';
import { createWorkCalendar, type WorkCalendar } from './work-calendar.js';
import type { WorkCalendarSpec } from './calendar-spec.js';

const parsedHolidays = parseHolidays(holidays2026);
if (!parsedHolidays.ok) throw new Error('config/holidays/2026.json is invalid');
const HOLIDAYS_2026 = parsedHolidays.value;

const payakumbuhSpec: WorkCalendarSpec = {
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: HOLIDAYS_2026,
};
const payakumbuh = createWorkCalendar(payakumbuhSpec);

/** Example Ramadan hours (Perpres 21/2023: 32.5 hours a week, start 08:00). */
const RAMADAN: WeekHours = {
  1: { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  2: { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  3: { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  4: { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  5: { open: '08:00', close: '15:30', breaks: [{ start: '11:30', end: '12:30' }] },
  6: null,
  7: null,
};
const ramadan = createWorkCalendar({
  ...payakumbuhSpec,
  overrides: [
    { from: '2026-02-18', to: '2026-03-19', hours: RAMADAN, reason: 'Ramadan 1447 H' },
    { from: '2026-03-09', to: '2026-03-10', hours: 'closed', reason: 'Pindah kantor' },
  ],
});

const at = (iso: string): number => Date.parse(iso);
const due = (calendar: WorkCalendar, from: string, minutes: number): string =>
  calendar.formatLocal(calendar.addWorkingMinutes(at(from), minutes));

describe('addWorkingMinutes, Payakumbuh (WIB, Perpres 21/2023 hours, 2026 holidays)', () => {
  it.each([
    ['Friday 15:00 + 450 → Monday 14:30', '2026-03-13T15:00+07:00', 450, '2026-03-16T14:30:00+07:00'],
    ['across cuti bersama, Nyepi and Idulfitri', '2026-03-17T10:00+07:00', 450, '2026-03-25T10:00:00+07:00'],
    [
      'a full day ends at closing, not next opening',
      '2026-03-09T07:30+07:00',
      450,
      '2026-03-09T16:00:00+07:00',
    ],
    [
      'running out at break start ends at break start',
      '2026-03-09T07:30+07:00',
      270,
      '2026-03-09T12:00:00+07:00',
    ],
    ['one minute after the break', '2026-03-09T07:30+07:00', 271, '2026-03-09T13:01:00+07:00'],
    ['starting in the break starts at 13:00', '2026-03-09T12:30+07:00', 60, '2026-03-09T14:00:00+07:00'],
    ['starting at 06:00 starts at 07:30', '2026-03-09T06:00+07:00', 60, '2026-03-09T08:30:00+07:00'],
    ['starting at closing starts next morning', '2026-03-09T16:00+07:00', 30, '2026-03-10T08:00:00+07:00'],
    ['Friday break is 11:30–13:00', '2026-03-06T11:00+07:00', 60, '2026-03-06T13:30:00+07:00'],
    ['Friday closes at 16:30', '2026-03-06T07:30+07:00', 450, '2026-03-06T16:30:00+07:00'],
    ['starting on Saturday', '2026-03-07T10:00+07:00', 60, '2026-03-09T08:30:00+07:00'],
    ['starting on Tahun Baru', '2026-01-01T09:00+07:00', 60, '2026-01-02T08:30:00+07:00'],
    ['cuti bersama then Imlek', '2026-02-13T16:30+07:00', 30, '2026-02-18T08:00:00+07:00'],
    ['Wafat Yesus Kristus and the weekend', '2026-04-02T15:00+07:00', 120, '2026-04-06T08:30:00+07:00'],
    ['three working days', '2026-03-02T07:30+07:00', 1350, '2026-03-04T16:00:00+07:00'],
    ['five working days', '2026-03-02T07:30+07:00', 2250, '2026-03-06T16:30:00+07:00'],
    ['a fraction of a minute', '2026-03-09T07:30+07:00', 0.5, '2026-03-09T07:30:30+07:00'],
    ['zero minutes inside hours', '2026-03-09T10:00+07:00', 0, '2026-03-09T10:00:00+07:00'],
    ['zero minutes before opening', '2026-03-09T06:00+07:00', 0, '2026-03-09T07:30:00+07:00'],
    ['zero minutes at break start', '2026-03-09T12:00+07:00', 0, '2026-03-09T13:00:00+07:00'],
    ['zero minutes on a holiday', '2026-03-18T09:00+07:00', 0, '2026-03-25T07:30:00+07:00'],
    ['a year-end crossing', '2026-12-23T15:00+07:00', 450, '2026-12-28T15:00:00+07:00'],
  ])('%s', (_label, from, minutes, expected) => {
    expect(due(payakumbuh, from, minutes)).toBe(expected);
  });

  it('moves the due time by exactly two working hours after a two-hour pause', () => {
    const target = 450;
    const created = at('2026-03-09T08:00+07:00');
    const pausedAt = at('2026-03-09T11:00+07:00');
    const resumedAt = at('2026-03-09T14:00+07:00'); // 11–12 and 13–14: two working hours
    // The SLA clock as the domain runs it: consume until the pause, resume with the rest.
    const consumed = payakumbuh.workingMinutesBetween(created, pausedAt);
    const dueAfterPause = payakumbuh.addWorkingMinutes(resumedAt, target - consumed);
    expect(payakumbuh.workingMinutesBetween(pausedAt, resumedAt)).toBe(120);
    expect(dueAfterPause).toBe(payakumbuh.addWorkingMinutes(created, target + 120));
    expect(payakumbuh.formatLocal(dueAfterPause)).toBe('2026-03-10T10:00:00+07:00');
  });
});

describe('overrides', () => {
  it.each([
    ['Ramadan opens at 08:00', '2026-03-02T07:30+07:00', 60, '2026-03-02T09:00:00+07:00'],
    ['a Ramadan day is 390 minutes', '2026-03-02T08:00+07:00', 390, '2026-03-02T15:00:00+07:00'],
    ['Ramadan Friday 15:00 + 450', '2026-03-13T15:00+07:00', 450, '2026-03-17T08:30:00+07:00'],
    ['a closure nested in Ramadan wins', '2026-03-06T15:00+07:00', 60, '2026-03-11T08:30:00+07:00'],
    ['normal hours resume after Ramadan', '2026-03-17T14:00+07:00', 450, '2026-03-25T15:00:00+07:00'],
    ['the day before Ramadan has normal hours', '2026-02-13T07:00+07:00', 60, '2026-02-13T08:30:00+07:00'],
    ['the first Ramadan day opens at 08:00', '2026-02-13T16:30+07:00', 90, '2026-02-18T09:30:00+07:00'],
  ])('%s', (_label, from, minutes, expected) => {
    expect(due(ramadan, from, minutes)).toBe(expected);
  });
});

describe('holidays', () => {
  it('closes an unconfirmed local holiday like any other', () => {
    const local = {
      date: '2026-03-10',
      type: 'local' as const,
      name: 'Hari Jadi Kota Payakumbuh (perkiraan)',
      source: 'Keputusan Wali Kota',
      confirmed: false,
    };
    const calendar = createWorkCalendar({ ...payakumbuhSpec, holidays: [...HOLIDAYS_2026, local] });
    expect(due(calendar, '2026-03-09T15:00+07:00', 120)).toBe('2026-03-11T08:30:00+07:00');
    expect(calendar.isWorkingInstant(at('2026-03-10T10:00+07:00'))).toBe(false);
  });
});

describe('other zones', () => {
  it.each([
    ['Asia/Makassar', '2026-03-13T15:00+08:00', '2026-03-16T14:30:00+08:00'],
    ['Asia/Jayapura', '2026-03-13T15:00+09:00', '2026-03-16T14:30:00+09:00'],
    ['Asia/Makassar', '2026-03-17T10:00+08:00', '2026-03-25T10:00:00+08:00'],
  ])('%s follows its own wall clock', (timeZone, from, expected) => {
    expect(due(createWorkCalendar({ ...payakumbuhSpec, timeZone }), from, 450)).toBe(expected);
  });

  it('counts a 23-hour DST day in a zone that has one', () => {
    const allDay = { open: '00:00', close: '24:00', breaks: [] };
    const week: WeekHours = { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay };
    const newYork = createWorkCalendar({ timeZone: 'America/New_York', week, overrides: [], holidays: [] });
    expect(newYork.workingMinutesBetween(at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00'))).toBe(
      23 * 60,
    );
    expect(due(newYork, '2026-03-08T01:00-05:00', 120)).toBe('2026-03-08T04:00:00-04:00');
  });
});

describe('workingMinutesBetween, nextOpening, isWorkingInstant', () => {
  it.each([
    ['2026-03-13T15:00+07:00', '2026-03-16T14:30+07:00', 450],
    ['2026-03-09T07:30+07:00', '2026-03-10T07:30+07:00', 450],
    ['2026-03-09T11:59:30+07:00', '2026-03-09T13:00:30+07:00', 1],
    ['2026-03-17T00:00+07:00', '2026-03-26T00:00+07:00', 2 * 450],
    ['2026-03-10T10:00+07:00', '2026-03-09T10:00+07:00', 0],
  ])('%s → %s is %d working minutes', (from, to, minutes) => {
    expect(payakumbuh.workingMinutesBetween(at(from), at(to))).toBe(minutes);
  });

  it.each([
    ['2026-03-09T07:30+07:00', true],
    ['2026-03-09T07:29:59.999+07:00', false],
    ['2026-03-09T11:59:59.999+07:00', true],
    ['2026-03-09T12:00+07:00', false],
    ['2026-03-09T13:00+07:00', true],
    ['2026-03-09T16:00+07:00', false],
    ['2026-03-06T12:00+07:00', false],
    ['2026-03-06T16:15+07:00', true],
    ['2026-03-07T10:00+07:00', false],
    ['2026-08-17T10:00+07:00', false],
  ])('%s is working: %s', (instant, expected) => {
    expect(payakumbuh.isWorkingInstant(at(instant))).toBe(expected);
  });

  it('finds the next opening', () => {
    expect(payakumbuh.formatLocal(payakumbuh.nextOpening(at('2026-05-13T16:00+07:00')))).toBe(
      '2026-05-18T07:30:00+07:00',
    );
    expect(payakumbuh.nextOpening(at('2026-05-13T09:15+07:00'))).toBe(at('2026-05-13T09:15+07:00'));
  });
});

describe('guards', () => {
  it('throws instead of looping when no day is ever open', () => {
    const week: WeekHours = { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null };
    const closed = createWorkCalendar({ ...payakumbuhSpec, week });
    expect(() => closed.addWorkingMinutes(at('2026-03-09T08:00+07:00'), 60)).toThrow(
      /No working time within 1098 days/,
    );
    expect(() => closed.nextOpening(at('2026-03-09T08:00+07:00'))).toThrow(/every day is closed/);
  });

  it('rejects negative minutes, non-integer instants and invalid specs', () => {
    expect(() => payakumbuh.addWorkingMinutes(at('2026-03-09T08:00+07:00'), -1)).toThrow(RangeError);
    expect(() => payakumbuh.addWorkingMinutes(Number.NaN, 1)).toThrow(/fromMs must be an integer/);
    expect(() => payakumbuh.workingMinutesBetween(1.5, 2)).toThrow(RangeError);
    expect(() => createWorkCalendar({ ...payakumbuhSpec, timeZone: 'Asia/Padang' })).toThrow(
      /timeZone: "Asia\/Padang"/,
    );
  });
});

describe('local times', () => {
  it('writes each instant as its own when asked again and again, milliseconds included', () => {
    const instants = [
      at('2026-03-09T08:00+07:00'),
      at('2026-03-09T08:00:00.001+07:00'),
      at('2026-03-09T08:01+07:00'),
      at('2026-12-31T23:59:59.999+07:00'),
    ];
    const first = instants.map((ms) => payakumbuh.formatLocal(ms));
    expect(first).toEqual([
      '2026-03-09T08:00:00+07:00',
      '2026-03-09T08:00:00.001+07:00',
      '2026-03-09T08:01:00+07:00',
      '2026-12-31T23:59:59.999+07:00',
    ]);
    expect(instants.map((ms) => payakumbuh.formatLocal(ms))).toEqual(first);
    // Another calendar's zone writes the same instant its own way.
    const makassar = createWorkCalendar({ ...payakumbuhSpec, timeZone: 'Asia/Makassar' });
    expect(makassar.formatLocal(instants[0]!)).toBe('2026-03-09T09:00:00+08:00');
  });
});
