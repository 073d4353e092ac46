import { autoCloseResolved } from './auto-close.js';
import type { Job } from './scheduler.js';
import { sweepSla } from './sla-sweep.js';

/** Every background job of Tanggap and how often it runs. */
export const JOBS: readonly Job[] = [
  { name: 'sla-sweep', everyMs: 60_000, run: sweepSla },
  { name: 'auto-close', everyMs: 15 * 60_000, run: autoCloseResolved },
];
