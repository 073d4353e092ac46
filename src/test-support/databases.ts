import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Dialect, type DbHandle } from '../server/db/connect.js';

/**
 * The dialects every database test runs on: SQLite always, PostgreSQL too when
 * TEST_DATABASE_URL is set (as .ci/run does).
 */
export const TEST_DIALECTS: readonly Dialect[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/**
 * A fresh, empty database: SQLite in memory, or a new schema of the test PostgreSQL database
 * (dropped again on close), so test files can run in parallel without seeing each other.
 */
export async function createTestDatabase(dialect: Dialect): Promise<DbHandle> {
  if (dialect === 'sqlite') return connect(':memory:');
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = connect(url, { searchPath: schema, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    },
  };
}
