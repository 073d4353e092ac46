import type PgBoss from 'pg-boss';
import { lazyModule } from '../core/lazy-module.js';
import type { AppContext } from '../context/app-context.js';
import { oneInstanceAtATime } from '../db/advisory-lock.js';
import { startScheduler, type Job, type Scheduler } from './scheduler.js';

const pgBoss = lazyModule<typeof PgBoss>('pg-boss');

/**
 * Runs the background jobs. On SQLite (one instance) a timer in this process runs them. On
 * PostgreSQL they go through pg-boss, so that with several instances each run happens once,
 * whichever instance takes it, and a run an instance died in is retried by another: every
 * instance offers a run per interval under a singleton key (pg-boss keeps one per window),
 * and every instance works the queue.
 */
export async function startJobs(ctx: AppContext, jobs: readonly Job[]): Promise<Scheduler> {
  if (ctx.dialect === 'sqlite') return startScheduler(ctx, jobs);
  const boss = new (pgBoss())({
    connectionString: ctx.config.databaseUrl,
    schema: ctx.config.jobQueueSchema,
    max: 4,
  });
  boss.on('error', (error: Error) => ctx.log.error({ err: error }, 'pg-boss error'));
  // pg-boss deadlocks when two instances create the same queue at once.
  await oneInstanceAtATime(ctx.db, 'tanggap.job-queues', async () => {
    await boss.start();
    for (const job of jobs) await boss.createQueue(job.name);
  });
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    const singletonSeconds = Math.max(1, Math.round(job.everyMs / 1000));
    await boss.work(
      job.name,
      { pollingIntervalSeconds: Math.max(0.5, Math.min(2, singletonSeconds / 2)) },
      async () => {
        await job.run(ctx);
      },
    );
    const offer = () => {
      boss
        .send(
          job.name,
          {},
          {
            singletonKey: job.name,
            singletonSeconds,
            expireInSeconds: Math.max(60, singletonSeconds * 5),
            retryLimit: 3,
          },
        )
        .catch((error: unknown) => ctx.log.error({ err: error, job: job.name }, 'could not queue job'));
    };
    offer();
    const timer = setInterval(offer, job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  return {
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
