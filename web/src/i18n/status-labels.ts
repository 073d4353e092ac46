import type { ParseKeys } from 'i18next';
import type { Status } from '@domain/tickets/vocabulary';

/**
 * One word per status, the same in the console, the portal, the tracking page and the reports
 * (the server's exports and mails say the Indonesian ones: vocabulary-labels.test.ts). A new
 * status fails to compile until it has one.
 */
export const statusKeys = {
  new: 'status.new',
  in_progress: 'status.in_progress',
  waiting_reporter: 'status.waiting_reporter',
  resolved: 'status.resolved',
  closed: 'status.closed',
} as const satisfies Record<Status, ParseKeys>;
