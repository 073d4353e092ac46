import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AppContext, Clock } from '../server/context/app-context.js';
import { buildApp } from '../server/app.js';
import type { Config } from '../server/core/config.js';
import type { Dialect, DbHandle } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { loadCalendars } from '../server/modules/calendar/calendar-files.js';
import { seedDemoAccounts } from '../server/modules/demo/demo-accounts.js';
import { readUnitFiles } from '../server/modules/unit-files/unit-files.js';
import { loadUnits } from '../server/modules/unit-files/unit-files.service.js';
import { createTestDatabase } from './databases.js';

export const DEMO_PASSWORD = 'demo-password-123';
const ROOT = path.resolve(import.meta.dirname, '../..');

export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({
    port: 0,
    host: '127.0.0.1',
    nodeEnv: 'test',
    dataDir: mkdtempSync(path.join(tmpdir(), 'tanggap-test-')),
    databaseUrl: ':memory:',
    publicUrl: 'http://localhost:3000',
    sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
    demoPassword: DEMO_PASSWORD,
    rateLimits: true,
    unitsDir: path.join(ROOT, 'config/units'),
    webDistDir: path.join(ROOT, 'web/dist-absent-in-route-tests'),
    logLevel: 'silent',
    trustProxy: false,
    requestTimeoutMs: 30_000,
    headersTimeoutMs: 20_000,
    keepAliveTimeoutMs: 72_000,
    loginSlowdownMs: 0,
    attachmentMaxBytes: 1024 * 1024,
    attachmentStorage: 'files',
    jobQueueSchema: 'pgboss_test',
    smtpUrl: null,
    mailFrom: { name: 'Tanggap', address: 'helpdesk@tanggap.test' },
    mailboxSecrets: {},
    ...overrides,
  });
}

/** A clock the test moves by hand. */
export function manualClock(
  start = new Date('2026-03-02T02:00:00Z'),
): Clock & { set: (d: Date) => void; advance: (ms: number) => void } {
  let current = start;
  return {
    now: () => current,
    set: (d) => {
      current = d;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  database: DbHandle;
  clock: ReturnType<typeof manualClock>;
  /** Signs in and returns the cookie header value to send with later requests. */
  login: (email: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
};

/** The real app on a fresh, migrated database with the unit files and demo accounts loaded. */
export async function startTestApp(
  dialect: Dialect,
  options: { config?: Partial<Config>; database?: DbHandle } = {},
): Promise<TestApp> {
  const clock = manualClock();
  // Attachments are kept where a deployment on this database keeps them by default.
  const config = testConfig({
    attachmentStorage: dialect === 'postgres' ? 'database' : 'files',
    ...options.config,
  });
  const database = options.database ?? (await createTestDatabase(dialect));
  if (!options.database) {
    await migrateToLatest(database.db);
    const unitFiles = readUnitFiles(config.unitsDir);
    await loadUnits(database.db, unitFiles, clock.now());
    await loadCalendars(database.db, unitFiles, clock.now());
    await seedDemoAccounts(database.db, DEMO_PASSWORD, clock.now());
  }
  const { app, ctx } = await buildApp(config, { database, clock, logger: false });
  await app.ready();
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    return cookieFrom(res);
  };
  return {
    app,
    ctx,
    database,
    clock,
    login,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'tanggap_session' || c.name === '__Host-tanggap_session');
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}`);
  return `${cookie.name}=${cookie.value}`;
}
