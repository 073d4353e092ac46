import { buildApp } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { formatListenBanner, listenUrls } from './listen-addresses.js';
import { JOBS } from './jobs/jobs.js';
import { startJobs } from './jobs/job-runner.js';
import type { Scheduler } from './jobs/scheduler.js';
import { formatDemoLogins } from './modules/demo/demo-accounts.js';
import { describeMailSetup } from './modules/mailbox/mail-setup.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`tanggap: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const { database, migrated, demo } = await prepareDatabase(config);
  const { app, ctx } = await buildApp(config, { database });
  app.log.info({ database: database.dialect, migrated }, 'database ready');

  let scheduler: Scheduler | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await scheduler?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  scheduler = await startJobs(ctx, JOBS);
  const bound = app.server.address();
  const urls = typeof bound === 'object' && bound ? listenUrls(config.host, bound.port) : [address];
  process.stdout.write(formatListenBanner(urls, config.publicUrl, database.dialect));
  if (demo) process.stdout.write(formatDemoLogins(demo, urls[0] ?? address) + '\n');
  for (const { msg, ...fields } of await describeMailSetup(ctx)) {
    app.log.info(fields, msg);
    process.stdout.write(`${msg}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `tanggap: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
