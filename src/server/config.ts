import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The whole configuration, read once from the environment and frozen. */
export type Config = Readonly<{
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  dataDir: string;
  databaseUrl: string;
  publicUrl: string;
  sessionSecret: string;
  demoPassword: string | null;
  rateLimits: boolean;
  unitsDir: string;
  webDistDir: string;
  logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (true, a hop count, or addresses). */
  trustProxy: boolean | number | string;
  /** Largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** Delay added to a login attempt once an account has failed several times. */
  loginSlowdownMs: number;
}>;

export class ConfigError extends Error {}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  UNITS_DIR: z.string().min(1).default('./config/units'),
  TRUST_PROXY: z.string().regex(/^(true|false|\d+|[0-9a-fA-F.:/, ]+)$/, 'true, false, a hop count or a list of addresses').default('false'),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Parses the environment into a frozen Config. A bad value throws a ConfigError whose
 * message is one line naming the variable. Creates DATA_DIR, and the session secret
 * inside it on first start when SESSION_SECRET is not given.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid ${name}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(env[name] ?? '')})`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.RATE_LIMITS === 'off') {
    throw new ConfigError('Invalid RATE_LIMITS: rate limits cannot be turned off when NODE_ENV=production');
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = e.DATABASE_URL ?? path.join(dataDir, 'tanggap.db');
  if (!isPostgresUrl(databaseUrl) && /^[a-z]+:\/\//i.test(databaseUrl)) {
    throw new ConfigError(`Invalid DATABASE_URL: use postgres://… for PostgreSQL or a file path for SQLite (got ${JSON.stringify(databaseUrl)})`);
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    dataDir,
    databaseUrl: isPostgresUrl(databaseUrl) ? databaseUrl : path.resolve(dataDir, databaseUrl),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    demoPassword: e.DEMO_PASSWORD ?? null,
    rateLimits: e.RATE_LIMITS === 'on',
    unitsDir: path.resolve(cwd, e.UNITS_DIR),
    webDistDir: path.resolve(cwd, 'web/dist'),
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    attachmentMaxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    loginSlowdownMs: 1000,
  });
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
    throw new ConfigError(`Invalid SESSION_SECRET: ${file} holds fewer than 32 characters`);
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
