import { describe, expect, it } from 'vitest';
import { collectDayHours, collectOverrides, collectWeekHours } from './hours-validation.js';
import type { CalendarFieldError } from './field-error.js';
import { DEFAULT_WEEK_HOURS } from './week-hours.js';

function run<T>(collect: (input: unknown, path: string, errors: CalendarFieldError[]) => T, input: unknown) {
  const errors: CalendarFieldError[] = [];
  const value = collect(input, 'x', errors);
  return { value, errors: errors.map((error) => `${error.path}:${error.code}`) };
}

describe('collectDayHours', () => {
  it('returns valid hours unchanged', () => {
    expect(run(collectDayHours, DEFAULT_WEEK_HOURS[5])).toEqual({ value: DEFAULT_WEEK_HOURS[5], errors: [] });
  });

  it.each([
    [{ open: '07:30', close: '16:00', breaks: 'none' }, ['x.breaks:invalid_type']],
    [{ open: '07:30', close: '24:30', breaks: [] }, ['x.close:invalid_time']],
    [{ open: '07:30', close: '16:00', breaks: [null] }, ['x.breaks.0:invalid_type']],
    [
      { open: '07:30', close: '16:00', breaks: [{ start: '15:30', end: '16:30' }] },
      ['x.breaks.0:break_outside_hours'],
    ],
    [
      {
        open: '07:30',
        close: '16:00',
        breaks: [
          { start: '14:00', end: '15:00' },
          { start: '12:00', end: '14:30' },
        ],
      },
      ['x.breaks.0:breaks_overlap'],
    ],
    ['07:30-16:00', ['x:invalid_type']],
  ])('rejects %j', (input, expected) => {
    expect(run(collectDayHours, input)).toEqual({ value: null, errors: expected });
  });
});

describe('collectWeekHours', () => {
  it('reports each bad day under its weekday', () => {
    const week = { ...DEFAULT_WEEK_HOURS, 2: { open: '25:00', close: '16:00', breaks: [] }, 6: 'closed' };
    expect(run(collectWeekHours, week)).toEqual({
      value: null,
      errors: ['x.2.open:invalid_time', 'x.6:invalid_type'],
    });
  });
});

describe('collectOverrides', () => {
  it('accepts a closed override and a one-day range', () => {
    const override = { from: '2026-03-09', to: '2026-03-09', hours: 'closed', reason: 'Pindah kantor' };
    expect(run(collectOverrides, [override])).toEqual({ value: [override], errors: [] });
  });

  it('rejects a missing reason and missing hours', () => {
    expect(run(collectOverrides, [{ from: '2026-03-09', to: '2026-03-10' }]).errors).toEqual([
      'x.0.reason:required',
      'x.0.hours:required',
    ]);
  });
});
