import type { Config } from './core/config.js';
import { oneInstanceAtATime } from './db/advisory-lock.js';
import { connect, type DbHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { loadCalendars } from './modules/calendar/calendar-files.js';
import { seedDemoAccounts, type DemoLogin } from './modules/demo/demo-accounts.js';
import { loadMailboxes } from './modules/mailbox/mailbox-files.js';
import { readUnitFiles } from './modules/units/unit-files.js';
import { loadUnits } from './modules/units/units.service.js';

export type Prepared = Readonly<{
  database: DbHandle;
  migrated: string[];
  demo: { accounts: DemoLogin[]; password: string } | null;
}>;

/**
 * Everything a start does before serving: open the database, migrate, load the unit files
 * the units' working calendars (national holidays, office hours) and mailboxes, and on a new
 * non-production database create the demo accounts.
 */
export async function prepareDatabase(config: Config, now: Date = new Date()): Promise<Prepared> {
  const database = connect(config.databaseUrl);
  try {
    // Instances starting together on PostgreSQL prepare it one after the other: the first
    // migrates and loads, the next finds it done.
    const prepare = async () => {
      const migrated = await migrateToLatest(database.db);
      const unitFiles = readUnitFiles(config.unitsDir);
      await loadUnits(database.db, unitFiles, now);
      await loadCalendars(database.db, unitFiles, now);
      await loadMailboxes(database.db, unitFiles, now);
      const demo =
        config.nodeEnv === 'production'
          ? null
          : await seedDemoAccounts(database.db, config.demoPassword, now);
      return { database, migrated, demo };
    };
    return await (database.dialect === 'postgres'
      ? oneInstanceAtATime(database.db, 'tanggap.prepare-database', prepare)
      : prepare());
  } catch (error) {
    await database.close();
    throw error;
  }
}
