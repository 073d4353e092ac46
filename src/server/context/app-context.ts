import type { preHandlerHookHandler } from 'fastify';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../core/config.js';
import type { Db, Dialect } from '../db/connect.js';

export type Clock = Readonly<{ now: () => Date }>;

export const systemClock: Clock = { now: () => new Date() };

/** Guards routes put in front of their handlers. */
export type AuthGuards = Readonly<{
  requireUser: preHandlerHookHandler;
  requireStaff: preHandlerHookHandler;
  requireNationalAdmin: preHandlerHookHandler;
}>;

/** Everything a use case may touch, wired once in app.ts (no container). */
export type AppContext = Readonly<{
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  auth: AuthGuards;
  log: FastifyBaseLogger;
}>;
