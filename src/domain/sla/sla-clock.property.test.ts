import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import holidays2026 from '../../../config/holidays/2026.json' with { type: 'json' };
import { DEFAULT_WEEK_HOURS, createWorkCalendar, parseHolidays } from '../calendar/index.js';
import { STATUSES, TIERS } from '../tickets/vocabulary.js';
import type { SlaTimelineEntry } from './clock-intervals.js';
import { computeSla, type SlaInput } from './sla-clock.js';
import { DEFAULT_SLA_POLICY, DIFFICULTIES } from './targets.js';

const parsedHolidays = parseHolidays(holidays2026);
if (!parsedHolidays.ok) throw new Error('config/holidays/2026.json is invalid');
const calendar = createWorkCalendar({
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: parsedHolidays.value,
});

const DAY = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00+07:00');
const tenths = (minutes: number): number => Math.round(minutes * 10);

type Case = { input: SlaInput; laterMs: number; pauseFrom: number; pauseTo: number };

/** A random history of 2026 (gaps of up to three days, any status and tier), a now and a pause. */
const cases: fc.Arbitrary<Case> = fc
  .record({
    createdAt: fc.integer({ min: YEAR_START, max: YEAR_START + 330 * DAY }),
    first: fc.record({ status: fc.constantFrom(...STATUSES), tier: fc.constantFrom(...TIERS) }),
    events: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 3 * DAY }),
        status: fc.constantFrom(...STATUSES),
        tier: fc.constantFrom(...TIERS),
      }),
      { maxLength: 8 },
    ),
    nowOffset: fc.integer({ min: 0, max: 20 * DAY }),
    laterMs: fc.integer({ min: 0, max: 5 * DAY }),
    pause: fc.tuple(fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 3 * DAY })),
    difficulty: fc.constantFrom(...DIFFICULTIES),
    extensionMinutes: fc.integer({ min: 0, max: 900 }),
  })
  .map(({ createdAt, first, events, nowOffset, laterMs, pause, difficulty, extensionMinutes }) => {
    const timeline: SlaTimelineEntry[] = [{ at: createdAt, ...first }];
    let at = createdAt;
    for (const { gap, status, tier } of events) {
      at += gap;
      timeline.push({ at, status, tier });
    }
    const input: SlaInput = {
      calendar,
      policy: DEFAULT_SLA_POLICY,
      createdAt,
      timeline,
      difficulty,
      extensionMinutes,
      firstResponseAt: null,
      now: createdAt + nowOffset,
    };
    return { input, laterMs, pauseFrom: createdAt + pause[0], pauseTo: createdAt + pause[0] + pause[1] };
  });

/** The same history with the ticket waiting for the reporter over [from, to). */
function withPause(timeline: ReadonlyArray<SlaTimelineEntry>, from: number, to: number): SlaTimelineEntry[] {
  const before = timeline.filter((entry) => entry.at <= from);
  const atFrom = before[before.length - 1] ?? timeline[0];
  const atTo = timeline.findLast((entry) => entry.at <= to) ?? atFrom;
  if (atFrom === undefined || atTo === undefined) return [...timeline];
  return [
    ...before,
    { at: from, status: 'waiting_reporter', tier: atFrom.tier },
    { at: to, status: atTo.status, tier: atTo.tier },
    ...timeline.filter((entry) => entry.at > to),
  ];
}

describe('computeSla properties', () => {
  it('usedMinutes is the sum of minutesByTier (in tenths of a minute)', () => {
    fc.assert(
      fc.property(cases, ({ input }) => {
        const { usedMinutes, minutesByTier } = computeSla(input);
        const sum = TIERS.reduce((total, tier) => total + tenths(minutesByTier[tier]), 0);
        expect(sum).toBe(tenths(usedMinutes));
      }),
    );
  });

  it('usedMinutes never exceeds the working time between creation and now', () => {
    fc.assert(
      fc.property(cases, ({ input }) => {
        const available = calendar.workingMsBetween(input.createdAt, input.now);
        expect(computeSla(input).usedMinutes).toBeLessThanOrEqual(Math.round(available / 6_000) / 10);
      }),
    );
  });

  it('adding a pause never makes dueAt earlier, nor usedMinutes larger', () => {
    fc.assert(
      fc.property(cases, ({ input, pauseFrom, pauseTo }) => {
        const plain = computeSla(input);
        const paused = computeSla({ ...input, timeline: withPause(input.timeline, pauseFrom, pauseTo) });
        expect(paused.dueAt).toBeGreaterThanOrEqual(plain.dueAt);
        expect(paused.usedMinutes).toBeLessThanOrEqual(plain.usedMinutes);
      }),
    );
  });

  it('a pause while running moves dueAt by exactly its working time up to now', () => {
    fc.assert(
      fc.property(cases, ({ input, pauseFrom, pauseTo }) => {
        const running: SlaTimelineEntry[] = [{ at: input.createdAt, status: 'new', tier: 'helpdesk' }];
        const plain = computeSla({ ...input, timeline: running });
        const paused = computeSla({ ...input, timeline: withPause(running, pauseFrom, pauseTo) });
        const targetMs = plain.targetMinutes * 60_000;
        fc.pre(calendar.workingMsBetween(input.createdAt, pauseFrom) < targetMs);
        const pausedMs = calendar.workingMsBetween(
          Math.min(pauseFrom, input.now),
          Math.min(pauseTo, input.now),
        );
        expect(calendar.workingMsBetween(plain.dueAt, paused.dueAt)).toBe(pausedMs);
      }),
    );
  });

  it('is monotonic in now: used and dueAt never go back, and dueAt stays put while running', () => {
    fc.assert(
      fc.property(cases, ({ input, laterMs }) => {
        const earlier = computeSla(input);
        const later = computeSla({ ...input, now: input.now + laterMs });
        expect(later.usedMinutes).toBeGreaterThanOrEqual(earlier.usedMinutes);
        expect(later.dueAt).toBeGreaterThanOrEqual(earlier.dueAt);
        const eventsBetween = input.timeline.some(
          (entry) => entry.at > input.now && entry.at <= input.now + laterMs,
        );
        if (earlier.clock === 'running' && !eventsBetween) expect(later.dueAt).toBe(earlier.dueAt);
      }),
    );
  });

  it('breachedAt is set exactly when breached, is then dueAt and lies before now', () => {
    fc.assert(
      fc.property(cases, ({ input }) => {
        const result = computeSla(input);
        expect(result.breachedAt !== null).toBe(result.state === 'breached');
        if (result.breachedAt !== null) {
          expect(result.dueAt).toBe(result.breachedAt);
          expect(result.breachedAt).toBeLessThanOrEqual(input.now);
        }
      }),
    );
  });
});
