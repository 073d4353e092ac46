import { autoCloseResolved } from './auto-close.js';
import { importMailboxes } from '../modules/mailbox/import/mailbox-import.js';
import { sendOutbox } from '../modules/mail/send-outbox.js';
import { pruneRateLimits } from '../http/rate-limit-store.repository.js';
import type { Job } from './scheduler.js';
import { sweepSla } from './sla-sweep.js';

/** Every background job of Tanggap and how often it runs. */
export const JOBS: readonly Job[] = [
  { name: 'sla-sweep', everyMs: 60_000, run: sweepSla },
  { name: 'auto-close', everyMs: 15 * 60_000, run: autoCloseResolved },
  { name: 'mail-outbox', everyMs: 15_000, run: (ctx) => sendOutbox(ctx) },
  { name: 'mailbox-import', everyMs: 60_000, run: (ctx) => importMailboxes(ctx) },
  {
    name: 'prune-rate-limits',
    everyMs: 60 * 60_000,
    run: (ctx) => pruneRateLimits(ctx.db, ctx.clock.now().getTime()),
  },
];
