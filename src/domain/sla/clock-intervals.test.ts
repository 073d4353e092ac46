import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEK_HOURS, createWorkCalendar } from '../calendar/index.js';
import { STATUSES, type Status, type Tier } from '../tickets/vocabulary.js';
import {
  clockPhase,
  entryAt,
  reachInstant,
  runningIntervals,
  stoppedSince,
  type SlaTimelineEntry,
} from './clock-intervals.js';

const calendar = createWorkCalendar({
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: [],
});
const wib = (local: string): number => Date.parse(`${local}+07:00`);
const entry = (at: string, status: Status, tier: Tier = 'helpdesk'): SlaTimelineEntry => ({
  at: wib(at),
  status,
  tier,
});

const timeline = [
  entry('2026-03-09T08:00', 'new'),
  entry('2026-03-09T09:00', 'in_progress', 'admin_ppe'),
  entry('2026-03-09T11:00', 'waiting_reporter', 'admin_ppe'),
  entry('2026-03-09T14:00', 'in_progress', 'admin_ppe'),
  entry('2026-03-09T15:00', 'resolved', 'admin_ppe'),
  entry('2026-03-10T09:00', 'closed', 'admin_ppe'),
];

describe('clockPhase', () => {
  it('runs for new and in_progress, pauses for waiting_reporter, stops otherwise', () => {
    expect(STATUSES.map(clockPhase)).toEqual(['running', 'running', 'paused', 'stopped', 'stopped']);
  });
});

describe('runningIntervals', () => {
  it('keeps the running stretches up to now with their working minutes', () => {
    const intervals = runningIntervals(calendar, timeline, wib('2026-03-09T14:30'));
    expect(intervals.map((interval) => [interval.tier, interval.workingMs / 60_000])).toEqual([
      ['helpdesk', 60],
      ['admin_ppe', 120],
      ['admin_ppe', 30],
    ]);
  });
});

describe('entryAt and stoppedSince', () => {
  it('reads the state at now, and when the clock stopped (resolution, not closure)', () => {
    expect(entryAt(timeline, wib('2026-03-09T12:00')).status).toBe('waiting_reporter');
    expect(stoppedSince(timeline, wib('2026-03-11T09:00'))).toBe(wib('2026-03-09T15:00'));
    expect(stoppedSince(timeline, wib('2026-03-09T14:30'))).toBe(wib('2026-03-09T14:30'));
  });
});

describe('reachInstant', () => {
  const intervals = runningIntervals(calendar, timeline, wib('2026-03-11T09:00'));
  it.each([
    [60, '2026-03-09T09:00:00+07:00'],
    [150, '2026-03-09T10:30:00+07:00'],
    [180, '2026-03-09T11:00:00+07:00'], // the start of the pause, not its end
    [210, '2026-03-09T14:30:00+07:00'],
    [240, '2026-03-09T15:00:00+07:00'],
  ])('reaches %d working minutes at %s', (minutes, expected) => {
    const reached = reachInstant(calendar, intervals, minutes * 60_000);
    expect(reached === null ? null : calendar.formatLocal(reached)).toBe(expected);
  });

  it('is null when the history holds less', () => {
    expect(reachInstant(calendar, intervals, 241 * 60_000)).toBeNull();
  });
});
