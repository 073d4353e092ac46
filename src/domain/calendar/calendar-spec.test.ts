import { describe, expect, it } from 'vitest';
import { parseWorkCalendarSpec } from './calendar-spec.js';
import { DEFAULT_WEEK_HOURS } from './week-hours.js';

const valid = {
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [{ from: '2026-02-18', to: '2026-03-19', hours: DEFAULT_WEEK_HOURS, reason: 'Ramadan 1447 H' }],
  holidays: [
    {
      date: '2026-01-01',
      type: 'national_holiday',
      name: 'Tahun Baru 2026 Masehi',
      source: 'SKB',
      confirmed: true,
    },
  ],
};

function errorsOf(input: unknown): string[] {
  const result = parseWorkCalendarSpec(input);
  return result.ok ? [] : result.errors.map((error) => `${error.path}:${error.code}`);
}

const withMonday = (monday: unknown) => ({ ...valid, week: { ...DEFAULT_WEEK_HOURS, 1: monday } });

describe('parseWorkCalendarSpec', () => {
  it('accepts a valid spec and canonicalises the time zone', () => {
    const result = parseWorkCalendarSpec({ ...valid, timeZone: 'asia/makassar' });
    expect(result.ok && result.value.timeZone).toBe('Asia/Makassar');
    expect(result.ok && result.value.overrides).toEqual(valid.overrides);
  });

  it.each([
    ['a bad HH:MM', { open: '7:30', close: '16:00', breaks: [] }, ['week.1.open:invalid_time']],
    [
      'close before open',
      { open: '16:00', close: '07:30', breaks: [] },
      ['week.1.close:close_not_after_open'],
    ],
    [
      'close equal to open',
      { open: '08:00', close: '08:00', breaks: [] },
      ['week.1.close:close_not_after_open'],
    ],
    [
      'a break outside hours',
      { open: '07:30', close: '16:00', breaks: [{ start: '07:00', end: '08:00' }] },
      ['week.1.breaks.0:break_outside_hours'],
    ],
    [
      'a break ending before it starts',
      { open: '07:30', close: '16:00', breaks: [{ start: '13:00', end: '12:00' }] },
      ['week.1.breaks.0.end:break_end_not_after_start'],
    ],
    [
      'overlapping breaks',
      {
        open: '07:30',
        close: '16:00',
        breaks: [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '12:45' },
        ],
      },
      ['week.1.breaks.1:breaks_overlap'],
    ],
    ['missing breaks', { open: '07:30', close: '16:00' }, ['week.1.breaks:required']],
    ['a number for a time', { open: 730, close: '16:00', breaks: [] }, ['week.1.open:invalid_type']],
  ])('rejects %s', (_label, monday, expected) => {
    expect(errorsOf(withMonday(monday))).toEqual(expected);
  });

  it('accepts breaks that touch each other and the opening hours', () => {
    const monday = {
      open: '08:00',
      close: '16:00',
      breaks: [
        { start: '08:00', end: '09:00' },
        { start: '09:00', end: '16:00' },
      ],
    };
    expect(errorsOf(withMonday(monday))).toEqual([]);
  });

  it('requires all seven weekdays', () => {
    const week: Record<string, unknown> = { ...DEFAULT_WEEK_HOURS };
    delete week['7'];
    expect(errorsOf({ ...valid, week })).toEqual(['week.7:required']);
  });

  it('rejects an unknown time zone', () => {
    expect(errorsOf({ ...valid, timeZone: 'WIB' })).toEqual(['timeZone:unknown_time_zone']);
    expect(errorsOf({ ...valid, timeZone: undefined })).toEqual(['timeZone:required']);
  });

  it('rejects overrides with from after to, bad dates or an empty reason', () => {
    const overrides = [
      { from: '2026-03-19', to: '2026-02-18', hours: 'closed', reason: 'x' },
      { from: '2026-02-30', to: '2026-03-01', hours: 'closed', reason: ' ' },
      { from: '2026-01-01', to: '2026-01-02', hours: 'open', reason: 'x' },
    ];
    expect(errorsOf({ ...valid, overrides })).toEqual([
      'overrides.0.to:from_after_to',
      'overrides.1.from:invalid_date',
      'overrides.1.reason:required',
      'overrides.2.hours:invalid_type',
    ]);
  });

  it('accepts nested overrides but rejects partial overlaps', () => {
    const ramadan = { from: '2026-02-18', to: '2026-03-19', hours: DEFAULT_WEEK_HOURS, reason: 'Ramadan' };
    const closure = { from: '2026-03-02', to: '2026-03-03', hours: 'closed', reason: 'Pindah kantor' };
    const straddling = { from: '2026-03-15', to: '2026-03-25', hours: 'closed', reason: 'Renovasi' };
    expect(errorsOf({ ...valid, overrides: [ramadan, closure] })).toEqual([]);
    expect(errorsOf({ ...valid, overrides: [ramadan, closure, straddling] })).toEqual([
      'overrides.2:overrides_overlap',
    ]);
  });

  it('reports holiday errors under holidays', () => {
    expect(
      errorsOf({ ...valid, holidays: [{ date: '2026-01-01', type: 'libur', name: 'x', source: '' }] }),
    ).toEqual(['holidays.0.type:invalid_holiday_type']);
  });

  it('rejects a non-object', () => {
    expect(errorsOf(null)).toEqual([':invalid_type']);
    expect(errorsOf({})).toEqual([
      'timeZone:required',
      'week:required',
      'overrides:required',
      'holidays:required',
    ]);
  });
});
