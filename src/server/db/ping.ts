import { sql } from 'kysely';
import type { Db } from './connect.js';

/** One round trip to the database: throws when it cannot be reached. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
