import { sql } from 'kysely';
import type { Db } from './connect.js';

/**
 * Runs `work` while this instance holds a PostgreSQL advisory lock named `name`, taken on one
 * connection for the while: instances of one deployment doing the same start-up work (preparing
 * the database, creating the job queues) do it one after the other. Done together, the second
 * failed on the first one's rows, or deadlocked in pg-boss's queue creation. The lock goes with
 * the connection if the process dies.
 */
export async function oneInstanceAtATime<T>(db: Db, name: string, work: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
