/**
 * The first-response clock: working time from creation to the first public reply to the
 * reporter. Unlike the resolution clock it never pauses (nothing is asked of the reporter
 * before the first reply) and it is judged on working time, like the resolution clock.
 */
import { MS_PER_MINUTE, type WorkCalendar } from '../calendar/index.js';
import type { SlaPolicy } from './targets.js';

/**
 * met: replied within the target; breached: replied late, or not yet and the target has
 * passed; at_risk: not yet, and at least the policy's at-risk share used; pending otherwise.
 */
export type FirstResponseState = 'met' | 'breached' | 'pending' | 'at_risk';

/** `at`: the reply judged, null while none is known at `now`. */
export type FirstResponse = Readonly<{ state: FirstResponseState; at: number | null }>;

export type FirstResponseInput = Readonly<{
  calendar: WorkCalendar;
  policy: SlaPolicy;
  createdAt: number;
  firstResponseAt: number | null;
  now: number;
}>;

/** createdAt plus the policy's firstResponseMinutes of working time (calendar convention). */
export function firstResponseDueAt(calendar: WorkCalendar, policy: SlaPolicy, createdAt: number): number {
  return calendar.addWorkingMinutes(createdAt, policy.firstResponseMinutes);
}

/**
 * The first response as it stood at `now`. A reply is met when the working time from
 * creation to it is at most the target, so a reply after closing but before any further
 * working time still counts as in time. A reply later than `now` is not known yet at
 * `now`. Throws a RangeError when the reply is before creation.
 */
export function firstResponseOf(input: FirstResponseInput): FirstResponse {
  const { calendar, policy, createdAt, firstResponseAt, now } = input;
  if (firstResponseAt !== null && (!Number.isSafeInteger(firstResponseAt) || firstResponseAt < createdAt)) {
    throw new RangeError(`firstResponseAt must be an integer instant ≥ createdAt, got ${firstResponseAt}`);
  }
  const limitMs = Math.round(policy.firstResponseMinutes * MS_PER_MINUTE);
  const repliedAt = firstResponseAt !== null && firstResponseAt <= now ? firstResponseAt : null;
  const elapsedMs = calendar.workingMsBetween(createdAt, repliedAt ?? now);
  if (elapsedMs > limitMs) return { state: 'breached', at: repliedAt };
  if (repliedAt !== null) return { state: 'met', at: repliedAt };
  return { state: elapsedMs >= policy.atRiskShare * limitMs ? 'at_risk' : 'pending', at: null };
}
