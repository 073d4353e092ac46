import { STATUSES, type Status } from './vocabulary.js';

/**
 * What each status means to the people around a ticket, asked by name instead of comparing
 * status words outside the domain. The clock phases follow src/domain/sla/clock-intervals.ts.
 */

/** Statuses in which the unit still owes work or awaits the reporter: neither resolved nor closed. */
export const OPEN_STATUSES = ['new', 'in_progress', 'waiting_reporter'] as const satisfies readonly Status[];

/** Statuses in which the unit has answered: resolved (awaiting confirmation) or closed. */
export const COMPLETED_STATUSES = ['resolved', 'closed'] as const satisfies readonly Status[];

/** Statuses in which the resolution clock runs: the unit owes work (new, in progress). */
export const CLOCK_RUNNING_STATUSES = ['new', 'in_progress'] as const satisfies readonly Status[];

const includes = (list: readonly Status[], status: Status): boolean => list.includes(status);

/** Not yet resolved or closed. */
export function isOpen(status: Status): boolean {
  return includes(OPEN_STATUSES, status);
}

/** Resolved or closed: the unit has answered (reports count it as completed). */
export function isCompleted(status: Status): boolean {
  return includes(COMPLETED_STATUSES, status);
}

/** The resolution clock runs: the unit owes work. */
export function isClockRunning(status: Status): boolean {
  return includes(CLOCK_RUNNING_STATUSES, status);
}

/** Resolved and awaiting the reporter's confirmation (Kep. Kepala LKPP 26/2022, user-confirmed closure). */
export function isAwaitingConfirmation(status: Status): boolean {
  return status === 'resolved';
}

/** The unit asked the reporter something and waits for the answer. */
export function isWaitingForReporter(status: Status): boolean {
  return status === 'waiting_reporter';
}

/** Closed for good: confirmed, closed by staff or closed automatically. */
export function isClosed(status: Status): boolean {
  return status === 'closed';
}

/** A resolved ticket the reporter said was not solved goes back to work. */
export function isReopening(from: Status, to: Status): boolean {
  return from === 'resolved' && to === 'in_progress';
}

/** A status word read from storage or a history event's data: a known status, or null. */
export function asStatus(value: unknown): Status | null {
  return (STATUSES as readonly unknown[]).includes(value) ? (value as Status) : null;
}
