/**
 * The resolution clock read off a ticket's history: which stretches count, for which tier,
 * and when the counted time reached an amount. Everything is in whole working milliseconds
 * so that sums and comparisons are exact.
 */
import { assertNever } from '../assert-never.js';
import type { WorkCalendar } from '../calendar/index.js';
import type { Status, Tier } from '../tickets/vocabulary.js';

/** The ticket's state after one event of its history. */
export type SlaTimelineEntry = Readonly<{ at: number; status: Status; tier: Tier }>;

/** A stretch of the history during which the clock ran, held by one tier. */
export type RunningInterval = Readonly<{ from: number; to: number; tier: Tier; workingMs: number }>;

/**
 * running: the unit owes work (new, in_progress); paused: the reporter owes an answer
 * (waiting_reporter); stopped: the unit has answered (resolved, closed). A ticket sent back
 * to in_progress because the reporter says it is not solved runs again.
 */
export type ClockPhase = 'running' | 'paused' | 'stopped';

/** The clock phase of a status (see ClockPhase). */
export function clockPhase(status: Status): ClockPhase {
  switch (status) {
    case 'new':
    case 'in_progress':
      return 'running';
    case 'waiting_reporter':
      return 'paused';
    case 'resolved':
    case 'closed':
      return 'stopped';
    default:
      return assertNever(status);
  }
}

/**
 * Checks that a timeline can be read as a history: non-empty, starting at `createdAt`
 * with the creation, in order (equal instants allowed, the later entry wins), integer
 * epoch milliseconds, and `now` not before creation. Throws a RangeError otherwise.
 */
export function assertTimeline(
  timeline: ReadonlyArray<SlaTimelineEntry>,
  createdAt: number,
  now: number,
): void {
  const first = timeline[0];
  if (first === undefined) throw new RangeError('The timeline must start with the creation of the ticket');
  if (first.at !== createdAt)
    throw new RangeError(`The timeline starts at ${first.at}, not at createdAt ${createdAt}`);
  if (!Number.isSafeInteger(now) || now < createdAt) {
    throw new RangeError(`now must be an integer epoch millisecond instant ≥ createdAt, got ${now}`);
  }
  timeline.forEach((entry, index) => {
    const previous = timeline[index - 1]?.at ?? createdAt;
    if (!Number.isSafeInteger(entry.at) || entry.at < previous) {
      throw new RangeError(
        `timeline[${index}].at must be an integer instant ≥ the entry before, got ${entry.at}`,
      );
    }
  });
}

/**
 * The stretches of [first entry, now) whose status runs the clock, with their working time.
 * Entries after `now` are ignored: the result is the history as it stood at `now`.
 */
export function runningIntervals(
  calendar: WorkCalendar,
  timeline: ReadonlyArray<SlaTimelineEntry>,
  now: number,
): RunningInterval[] {
  const intervals: RunningInterval[] = [];
  timeline.forEach((entry, index) => {
    const to = Math.min(timeline[index + 1]?.at ?? now, now);
    if (to <= entry.at || clockPhase(entry.status) !== 'running') return;
    intervals.push({
      from: entry.at,
      to,
      tier: entry.tier,
      workingMs: calendar.workingMsBetween(entry.at, to),
    });
  });
  return intervals;
}

/** The state of the ticket at `now`: the last entry at or before it. */
export function entryAt(timeline: ReadonlyArray<SlaTimelineEntry>, now: number): SlaTimelineEntry {
  const current = timeline.findLast((entry) => entry.at <= now);
  if (current === undefined) throw new RangeError('The timeline has no entry at or before now');
  return current;
}

/**
 * When the clock last stopped: the first entry of the trailing run of stopped statuses
 * at or before `now` (resolved then closed stopped at the resolution). `now` if the clock
 * is not stopped at `now`.
 */
export function stoppedSince(timeline: ReadonlyArray<SlaTimelineEntry>, now: number): number {
  let since = now;
  for (let i = timeline.findLastIndex((entry) => entry.at <= now); i >= 0; i -= 1) {
    const entry = timeline[i];
    if (entry === undefined || clockPhase(entry.status) !== 'stopped') break;
    since = entry.at;
  }
  return since;
}

/**
 * The earliest instant at which the running time of `intervals` reached `amountMs` (> 0):
 * inside the interval where it is crossed, by the calendar's convention (running out at a
 * closing or break start gives that instant). null when the intervals hold less.
 */
export function reachInstant(
  calendar: WorkCalendar,
  intervals: ReadonlyArray<RunningInterval>,
  amountMs: number,
): number | null {
  let counted = 0;
  for (const interval of intervals) {
    if (counted + interval.workingMs >= amountMs)
      return calendar.addWorkingMs(interval.from, amountMs - counted);
    counted += interval.workingMs;
  }
  return null;
}
