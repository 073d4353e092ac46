import type { AppContext } from '../context/app-context.js';

export type Job = Readonly<{ name: string; everyMs: number; run: (ctx: AppContext) => Promise<unknown> }>;

export type Scheduler = { stop: () => Promise<void> };

/**
 * Runs background jobs in this process, each on its own timer, one run at a time. A failing
 * run is logged and retried at the next tick. Jobs are idempotent (keys, versions), so a second
 * instance running them too does no harm.
 */
export function startScheduler(ctx: AppContext, jobs: readonly Job[]): Scheduler {
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  for (const job of jobs) {
    const tick = () => {
      if (stopped) return;
      const run = job.run(ctx).then(
        (result) => ctx.log.debug({ job: job.name, result }, 'job ran'),
        (error: unknown) => ctx.log.error({ job: job.name, err: error }, 'job failed'),
      );
      running.add(run);
      void run.finally(() => {
        running.delete(run);
        if (!stopped) schedule();
      });
    };
    const schedule = () => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, job.everyMs);
      timer.unref();
      timers.add(timer);
    };
    schedule();
  }
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
