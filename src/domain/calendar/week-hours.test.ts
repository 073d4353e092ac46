import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEK_HOURS, workingMinutesOfDay, workingSegments } from './week-hours.js';

describe('DEFAULT_WEEK_HOURS (Perpres 21/2023)', () => {
  it('gives 450 working minutes Monday to Friday and 37.5 hours a week', () => {
    const perDay = ([1, 2, 3, 4, 5, 6, 7] as const).map((day) =>
      workingMinutesOfDay(DEFAULT_WEEK_HOURS[day]),
    );
    expect(perDay).toEqual([450, 450, 450, 450, 450, 0, 0]);
    expect(perDay.reduce((a, b) => a + b, 0)).toBe(37.5 * 60);
  });

  it('has a 60-minute break Monday to Thursday and 90 minutes on Friday, starting at 07:30', () => {
    expect(DEFAULT_WEEK_HOURS[1]).toEqual({
      open: '07:30',
      close: '16:00',
      breaks: [{ start: '12:00', end: '13:00' }],
    });
    expect(DEFAULT_WEEK_HOURS[5]).toEqual({
      open: '07:30',
      close: '16:30',
      breaks: [{ start: '11:30', end: '13:00' }],
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_WEEK_HOURS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WEEK_HOURS[1])).toBe(true);
  });
});

describe('workingSegments', () => {
  it('splits the day around breaks, in order, whatever order the breaks are listed in', () => {
    const hours = {
      open: '08:00',
      close: '17:00',
      breaks: [
        { start: '15:00', end: '15:15' },
        { start: '12:00', end: '13:00' },
      ],
    };
    expect(workingSegments(hours)).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 900 },
      { start: 915, end: 1020 },
    ]);
  });

  it('drops empty segments when a break touches opening or closing', () => {
    const hours = {
      open: '08:00',
      close: '12:00',
      breaks: [
        { start: '08:00', end: '09:00' },
        { start: '11:00', end: '12:00' },
      ],
    };
    expect(workingSegments(hours)).toEqual([{ start: 540, end: 660 }]);
  });

  it('allows a day that ends at 24:00', () => {
    expect(workingSegments({ open: '00:00', close: '24:00', breaks: [] })).toEqual([{ start: 0, end: 1440 }]);
  });
});
