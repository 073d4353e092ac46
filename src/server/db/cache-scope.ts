import type { Db } from './connect.js';

/**
 * One key for a database and every transaction on it, for the in-process caches (units,
 * calendars): a transaction is a new Kysely object, but it shares its database's dialect
 * adapter. Keying by the handle alone would miss the cache inside every transaction.
 * `getExecutor` is marked internal by Kysely (0.28); cache-scope.test.ts fails if that changes.
 */
export function cacheScope(db: Db): object {
  return db.getExecutor().adapter;
}
