/**
 * The SLA clock of a ticket, computed from its history every time it is asked for, so it
 * can always be explained and never drifts from what happened.
 *
 * Conventions:
 * - Resolution clock: the working time (per the unit's calendar) of the stretches of the
 *   history where the status is `new` or `in_progress`, up to `now`. It pauses while
 *   `waiting_reporter`, stops at `resolved`/`closed`, and runs again when the reporter
 *   says a resolution did not solve it (back to `in_progress`): both running stretches count.
 * - Each counted stretch is booked to the tier holding the ticket then; time at LKPP's desks is
 *   outside the unit's hands, so reports can set it apart.
 * - Exact computation is in whole working milliseconds; every minute figure of the result
 *   is rounded to one decimal, half up, and `minutesByTier` adds up (in tenths) to
 *   `usedMinutes` (see apportionMinutes). States are judged on the exact milliseconds.
 * - `dueAt` is never null: it is the instant the target is reached if the clock runs from
 *   its anchor without further pause, i.e. `calendar.addWorkingMs(anchor, target − used)`.
 *   The anchor is `now` while running, `now` while paused (as if it resumed at the next
 *   opening after now, so a paused dueAt moves later as working time passes), and the
 *   instant of resolution once stopped (then dueAt is frozen). Hence dueAt stays put while
 *   running, equals the original due when there were no pauses, and a pause of two working
 *   hours moves it by exactly two working hours. Once the target has been reached, dueAt is
 *   the instant it was reached (the calendar's convention: running out at a closing gives
 *   that closing, not the next opening).
 * - `breachedAt` is that same instant when used > target, else null. Reaching the target
 *   exactly is not a breach.
 * - Timeline entries after `now` are ignored: the result is the clock as it stood at `now`.
 * - The first-response clock never pauses and is judged the same way (first-response.ts).
 */
import { assertNever } from '../assert-never.js';
import type { WorkCalendar } from '../calendar/index.js';
import { TIERS, type Tier } from '../tickets/vocabulary.js';
import {
  assertTimeline,
  clockPhase,
  entryAt,
  reachInstant,
  runningIntervals,
  stoppedSince,
  type ClockPhase,
  type RunningInterval,
  type SlaTimelineEntry,
} from './clock-intervals.js';
import { firstResponseDueAt, firstResponseOf, type FirstResponse } from './first-response.js';
import { apportionMinutes, roundMinutes } from './minute-rounding.js';
import { targetMs, type Difficulty, type SlaPolicy } from './targets.js';

export type SlaInput = Readonly<{
  /** The unit's working calendar. */
  calendar: WorkCalendar;
  policy: SlaPolicy;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The ticket's state after each event of its history, oldest first, starting with creation. */
  timeline: ReadonlyArray<SlaTimelineEntry>;
  difficulty: Difficulty;
  /** Extra working minutes approved by the Kepala LPSE, in total. */
  extensionMinutes: number;
  /** The first public reply to the reporter. */
  firstResponseAt: number | null;
  now: number;
}>;

/**
 * met: resolved or closed within the target; breached: used > target, resolved or not;
 * paused: waiting for the reporter, not breached; at_risk: running with used ≥ the policy's
 * at-risk share of the target, not breached; on_track otherwise.
 */
export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';

export type SlaResult = Readonly<{
  targetMinutes: number;
  usedMinutes: number;
  minutesByTier: Readonly<Record<Tier, number>>;
  /** Whether the resolution clock is running, paused or stopped at `now`. */
  clock: ClockPhase;
  dueAt: number;
  firstResponseDueAt: number;
  firstResponse: FirstResponse;
  state: SlaState;
  breachedAt: number | null;
}>;

/**
 * The SLA clock of a ticket at `now`, from its history (see the module conventions).
 * Throws a RangeError when the timeline is not a history starting at `createdAt`, when
 * `now` is before creation, or when the policy or extension is invalid.
 */
export function computeSla(input: SlaInput): SlaResult {
  const { calendar, policy, createdAt, timeline, now } = input;
  assertTimeline(timeline, createdAt, now);
  const goalMs = targetMs(policy, input.difficulty, input.extensionMinutes);
  const intervals = runningIntervals(calendar, timeline, now);
  const tierMs = TIERS.map((tier) => sumFor(intervals, tier));
  const usedMs = tierMs.reduce((sum, ms) => sum + ms, 0);
  const clock = clockPhase(entryAt(timeline, now).status);
  const reachedAt = usedMs >= goalMs ? reachInstant(calendar, intervals, goalMs) : null;
  const anchor = clock === 'stopped' ? stoppedSince(timeline, now) : now;
  const apportioned = apportionMinutes(tierMs);
  return {
    targetMinutes: roundMinutes(goalMs),
    usedMinutes: roundMinutes(usedMs),
    minutesByTier: Object.fromEntries(TIERS.map((tier, i) => [tier, apportioned[i] ?? 0])) as Record<
      Tier,
      number
    >,
    clock,
    dueAt: reachedAt ?? calendar.addWorkingMs(anchor, goalMs - usedMs),
    firstResponseDueAt: firstResponseDueAt(calendar, policy, createdAt),
    firstResponse: firstResponseOf({
      calendar,
      policy,
      createdAt,
      firstResponseAt: input.firstResponseAt,
      now,
    }),
    state: slaState(clock, usedMs, goalMs, policy.atRiskShare),
    breachedAt: usedMs > goalMs ? reachedAt : null,
  };
}

function sumFor(intervals: ReadonlyArray<RunningInterval>, tier: Tier): number {
  return intervals.reduce((sum, interval) => (interval.tier === tier ? sum + interval.workingMs : sum), 0);
}

function slaState(clock: ClockPhase, usedMs: number, goalMs: number, atRiskShare: number): SlaState {
  if (usedMs > goalMs) return 'breached';
  switch (clock) {
    case 'stopped':
      return 'met';
    case 'paused':
      return 'paused';
    case 'running':
      return usedMs >= atRiskShare * goalMs ? 'at_risk' : 'on_track';
    default:
      return assertNever(clock);
  }
}
