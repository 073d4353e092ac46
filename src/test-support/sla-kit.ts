import holidays2026 from '../../config/holidays/2026.json' with { type: 'json' };
import { DEFAULT_WEEK_HOURS, createWorkCalendar, parseHolidays } from '../domain/calendar/index.js';
import type { SlaTimelineEntry } from '../domain/sla/clock-intervals.js';
import { computeSla, type SlaInput, type SlaResult } from '../domain/sla/sla-clock.js';
import { DEFAULT_SLA_POLICY } from '../domain/sla/targets.js';
import type { Status, Tier } from '../domain/tickets/vocabulary.js';

const parsedHolidays = parseHolidays(holidays2026);
if (!parsedHolidays.ok) throw new Error('config/holidays/2026.json is invalid');

/** Payakumbuh's calendar: Perpres 21/2023 hours and the 2026 holidays and cuti bersama. */
export const calendar = createWorkCalendar({
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: parsedHolidays.value,
});

/** An instant given in WIB, e.g. wib('2026-03-13T15:00'). */
export const wib = (local: string): number => Date.parse(`${local}+07:00`);
export const local = (ms: number | null): string | null => (ms === null ? null : calendar.formatLocal(ms));
export const entry = (at: string, status: Status, tier: Tier = 'helpdesk'): SlaTimelineEntry => ({
  at: wib(at),
  status,
  tier,
});

/** The SLA of a ticket with this history at `now` (WIB), on Payakumbuh's calendar. */
export function sla(timeline: SlaTimelineEntry[], now: string, options: Partial<SlaInput> = {}): SlaResult {
  return computeSla({
    calendar,
    policy: DEFAULT_SLA_POLICY,
    createdAt: timeline[0]?.at ?? 0,
    timeline,
    difficulty: 'ringan',
    extensionMinutes: 0,
    firstResponseAt: null,
    now: wib(now),
    ...options,
  });
}
