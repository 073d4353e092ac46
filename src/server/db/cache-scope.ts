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

/**
 * A map kept for each database, shared by its transactions, made on first use: the shape of
 * every in-process cache here (units, calendars, SLA timelines). Two databases in one process
 * (the tests) never see each other's entries.
 */
export class PerDatabase<V> {
  readonly #maps = new WeakMap<object, Map<string, V>>();

  of(db: Db): Map<string, V> {
    const scope = cacheScope(db);
    let map = this.#maps.get(scope);
    if (!map) {
      map = new Map();
      this.#maps.set(scope, map);
    }
    return map;
  }

  /** Forgets everything kept for the database. */
  forget(db: Db): void {
    this.#maps.delete(cacheScope(db));
  }
}
