import type { Db } from '../db/connect.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = { routeInfo?: { method?: string; url?: string } };

/**
 * A @fastify/rate-limit store in the database, so several instances on one PostgreSQL count
 * together. Fixed windows aligned on the window length; one upsert per request.
 */
export function databaseRateLimitStore(db: Db, now: () => number = Date.now) {
  class DatabaseStore {
    constructor(private readonly prefix = 'global') {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      const windowStart = new Date(Math.floor(at / timeWindow) * timeWindow).toISOString();
      db.insertInto('rate_limits')
        .values({ key: `${this.prefix}|${key}`, window_start: windowStart, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('rate_limits.window_start', '=', windowStart)
              .then(eb('rate_limits.count', '+', 1))
              .else(1)
              .end(),
            window_start: windowStart,
          })),
        )
        .returning(['count'])
        .executeTakeFirstOrThrow()
        .then(
          (row) =>
            callback(null, { current: Number(row.count), ttl: Date.parse(windowStart) + timeWindow - at }),
          (error: Error) => callback(error),
        );
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      const windowStart = new Date(Math.floor(at / timeWindow) * timeWindow).toISOString();
      db.selectFrom('rate_limits')
        .select(['count', 'window_start'])
        .where('key', '=', `${this.prefix}|${key}`)
        .executeTakeFirst()
        .then(
          (row) =>
            callback(
              null,
              row && row.window_start === windowStart
                ? { current: Number(row.count), ttl: Date.parse(windowStart) + timeWindow - at }
                : { current: 0, ttl: 0 },
            ),
          (error: Error) => callback(error),
        );
    }

    child(routeOptions: RouteOptions): DatabaseStore {
      return new DatabaseStore(
        `${routeOptions.routeInfo?.method ?? ''} ${routeOptions.routeInfo?.url ?? ''}`,
      );
    }
  }
  return DatabaseStore;
}

/** Forgets windows that ended long ago (run by the scheduler). */
export async function pruneRateLimits(db: Db, nowMs: number): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', new Date(nowMs - 2 * 60 * 60 * 1000).toISOString())
    .execute();
}
