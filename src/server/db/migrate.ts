import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { Db } from './connect.js';
import { migrationProvider } from './migrations/index.js';

/**
 * The Migrator of this database. On PostgreSQL its bookkeeping tables are pinned to the
 * connection's current schema: left unpinned, Kysely takes a `kysely_migration` table in any
 * schema of the database as its own, so two deployments (or test runs) sharing a database in
 * different schemas would skip each other's migrations.
 */
export async function migratorFor(db: Db): Promise<Migrator> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter))
    return new Migrator({ db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
