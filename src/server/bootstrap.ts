import { sql } from 'kysely';
import type { Config } from './config.js';
import { connect, type Db, type DbHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { loadCalendars } from './modules/calendar/calendar-files.js';
import { seedDemoAccounts, type DemoLogin } from './modules/demo/demo-accounts.js';
import { loadMailboxes } from './modules/mailbox/mailbox-files.js';
import { readUnitFiles } from './modules/units/unit-files.js';
import { loadUnits } from './modules/units/units.service.js';

export type Prepared = Readonly<{ database: DbHandle; migrated: string[]; demo: { accounts: DemoLogin[]; password: string } | null }>;

/**
 * Everything a start does before serving: open the database, migrate, load the unit files
 * the units' working calendars (national holidays, office hours) and mailboxes, and on a new
 * non-production database create the demo accounts.
 */
export async function prepareDatabase(config: Config, now: Date = new Date()): Promise<Prepared> {
  const database = connect(config.databaseUrl);
  try {
    return await oneAtATime(database, async () => {
      const migrated = await migrateToLatest(database.db);
      const unitFiles = readUnitFiles(config.unitsDir);
      await loadUnits(database.db, unitFiles, now);
      await loadCalendars(database.db, unitFiles, now);
      await loadMailboxes(database.db, unitFiles, now);
      const demo = config.nodeEnv === 'production' ? null : await seedDemoAccounts(database.db, config.demoPassword, now);
      return { database, migrated, demo };
    });
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * On PostgreSQL, instances starting together prepare the database one after the other, under
 * an advisory lock held by one connection for the while: the first migrates and loads, the
 * next finds it done. Without it, the second to write the demo accounts or a unit failed to
 * start on the first one's rows. (SQLite serves one process.)
 */
async function oneAtATime<T>(database: DbHandle, work: () => Promise<T>): Promise<T> {
  if (database.dialect !== 'postgres') return work();
  return database.db.connection().execute(async (connection: Db) => {
    await sql`select pg_advisory_lock(hashtext('tanggap.prepare-database'))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('tanggap.prepare-database'))`.execute(connection);
    }
  });
}
