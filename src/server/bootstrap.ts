import type { Config } from './core/config.js';
import { oneInstanceAtATime } from './db/advisory-lock.js';
import { connect, type DbHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoAccounts, type DemoLogin } from './modules/demo/demo-accounts.js';
import { readUnitFiles } from './modules/unit-files/unit-files.js';
import { loadUnitFiles } from './modules/unit-files/unit-files.service.js';

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
      await loadUnitFiles(database.db, unitFiles, now);
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
