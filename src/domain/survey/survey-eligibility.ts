/**
 * Who may answer the satisfaction survey of a ticket, and when: its reporter (signed in, or
 * holding the ticket's code and PIN), once the ticket is resolved or closed — the survey asks
 * about a service received (PermenPANRB 14/2017), so not while it is still being handled.
 */
import type { ErrorCode } from '../errors.js';
import type { Party } from '../tickets/parties.js';
import type { Status } from '../tickets/vocabulary.js';

/** Statuses in which the service has been delivered and the survey is open. */
export const SURVEY_OPEN_STATUSES: readonly Status[] = ['resolved', 'closed'];

/** Null when these parties may answer now; otherwise the error to refuse with. */
export function surveyRefusal(status: Status, parties: readonly Party[]): ErrorCode | null {
  if (!parties.includes('reporter') && !parties.includes('tracker')) return 'forbidden';
  return SURVEY_OPEN_STATUSES.includes(status) ? null : 'survey_not_open';
}
