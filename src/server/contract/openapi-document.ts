import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../app.js';
import type { Config } from '../core/config.js';
import { connect } from '../db/connect.js';

/**
 * A configuration that only serves to build the routes: nothing is listened on, nothing is
 * mailed, no web app is served, and nothing of the machine it runs on shows in the document.
 */
function contractConfig(dataDir: string): Config {
  return Object.freeze({
    port: 0,
    host: '127.0.0.1',
    nodeEnv: 'test',
    dataDir,
    databaseUrl: ':memory:',
    publicUrl: 'http://localhost:3000',
    sessionSecret: 'contract-only-secret-never-used-to-sign-anything',
    demoPassword: null,
    rateLimits: true,
    unitsDir: path.join(dataDir, 'units'),
    webDistDir: path.join(dataDir, 'web'),
    logLevel: 'silent',
    trustProxy: false,
    loginSlowdownMs: 0,
    attachmentMaxBytes: 10 * 1024 * 1024,
    attachmentStorage: 'files',
    requestTimeoutMs: 30_000,
    headersTimeoutMs: 20_000,
    keepAliveTimeoutMs: 72_000,
    jobQueueSchema: 'pgboss',
    smtpUrl: null,
    mailFrom: { name: 'Tanggap', address: 'tanggap@localhost' },
    mailboxSecrets: {},
  });
}

/**
 * The server's OpenAPI document as `@fastify/swagger` builds it from the routes' zod schemas:
 * the real app on an empty in-memory SQLite database, made ready but never listening. The
 * deployment's own address is left out (`servers`), so the document only changes with the API.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tanggap-contract-'));
  const database = connect(':memory:');
  try {
    const { app } = await buildApp(contractConfig(dataDir), { database, logger: false });
    try {
      await app.ready();
      const { servers: _servers, ...document } = app.swagger() as unknown as Record<string, unknown>;
      return sortKeys(document) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Object keys in code-point order, arrays as they are: the same API always gives the same text. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
