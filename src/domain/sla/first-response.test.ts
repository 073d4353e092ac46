import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEK_HOURS, createWorkCalendar } from '../calendar/index.js';
import { firstResponseDueAt, firstResponseOf } from './first-response.js';
import { DEFAULT_SLA_POLICY } from './targets.js';

// No holidays needed here: Monday 9 March 2026 is a plain working day.
const calendar = createWorkCalendar({
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: [],
});
const wib = (local: string): number => Date.parse(`${local}+07:00`);
const createdAt = wib('2026-03-09T10:30');
const base = { calendar, policy: DEFAULT_SLA_POLICY, createdAt };

describe('firstResponseDueAt', () => {
  it('skips the lunch break: 10:30 + 120 working minutes = 13:30', () => {
    expect(calendar.formatLocal(firstResponseDueAt(calendar, DEFAULT_SLA_POLICY, createdAt))).toBe(
      '2026-03-09T13:30:00+07:00',
    );
  });
});

describe('firstResponseOf', () => {
  it('judges on working time: a reply during the break after 90 minutes is met', () => {
    const at = wib('2026-03-09T12:30');
    expect(firstResponseOf({ ...base, firstResponseAt: at, now: wib('2026-03-09T15:00') })).toEqual({
      state: 'met',
      at,
    });
  });

  it('is at_risk, with no reply, from 90 working minutes on', () => {
    expect(firstResponseOf({ ...base, firstResponseAt: null, now: wib('2026-03-09T12:59') }).state).toBe(
      'at_risk',
    );
    expect(firstResponseOf({ ...base, firstResponseAt: null, now: wib('2026-03-09T11:59') }).state).toBe(
      'pending',
    );
  });

  it('keeps a late reply breached with its instant', () => {
    const at = wib('2026-03-10T08:00');
    expect(firstResponseOf({ ...base, firstResponseAt: at, now: wib('2026-03-11T08:00') })).toEqual({
      state: 'breached',
      at,
    });
  });

  it('refuses a reply before creation', () => {
    expect(() => firstResponseOf({ ...base, firstResponseAt: createdAt - 1, now: createdAt })).toThrow(
      RangeError,
    );
  });
});
