import type { Availability } from './roles.js';

/**
 * An Admin PPE's availability as recorded: one who has not said otherwise can be reached.
 * Whether any can be decides a telephone question's route (LPSE service standard, procedure 1b.5).
 */
export function availabilityOf(recorded: string | null): Availability {
  return recorded === 'unreachable' ? 'unreachable' : 'available';
}

/** The Admin PPE can be reached for an escalation. */
export function isReachable(availability: Availability): boolean {
  return availability === 'available';
}
