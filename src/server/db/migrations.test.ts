import { NO_MIGRATIONS, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, createTestDatabase } from '../../test-support/databases.js';
import { migrateToLatest, migratorFor } from './migrate.js';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  it('apply on an empty database, undo completely and apply again', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const applied = await migrateToLatest(database.db);
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrateToLatest(database.db)).toEqual([]);
      const migrator = await migratorFor(database.db);
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      // PostgreSQL lists the tables of every schema; keep this test's own.
      const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
      const tables = (await database.db.introspection.getTables()).filter((t) => t.schema === schema);
      expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
      expect(await migrateToLatest(database.db)).toEqual(applied);
    } finally {
      await database.close();
    }
  });
});
