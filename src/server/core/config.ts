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
  /** PostgreSQL schema of the pg-boss job queue (several deployments may share a database). */
  jobQueueSchema: string;
  /** Largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /**
   * Where attachments and held mails are kept: `database` (the default on PostgreSQL, so every
   * instance reads what any of them stored) or `files` under DATA_DIR (the default on SQLite).
   */
  attachmentStorage: 'files' | 'database';
  /**
   * A request whose headers and body have not all arrived within this time is answered 408
   * and its connection closed (a slow client holds no connection for ever).
   */
  requestTimeoutMs: number;
  /** Headers not all arrived within this time: 408 and the connection closed. */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this time (longer than a proxy's 60 s). */
  keepAliveTimeoutMs: number;
  /** Delay added to a login attempt once an account has failed several times. */
  loginSlowdownMs: number;
  /** SMTP server mail leaves through (`smtp://` or `smtps://`); null: mail waits in the outbox. */
  smtpUrl: string | null;
  /** The From address of every mail; ticket mail shows the unit's name with it. */
  mailFrom: MailAddress;
  /** Mailbox passwords: every `MAILBOX_*` variable, read once; a unit's mailbox names its own. */
  mailboxSecrets: Readonly<Record<string, string>>;
}>;

export type MailAddress = Readonly<{ name: string | null; address: string }>;

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
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[0-9a-fA-F.:/, ]+)$/, 'true, false, a hop count or a list of addresses')
    .default('false'),
  JOB_QUEUE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lowercase SQL identifier')
    .default('pgboss'),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  ATTACHMENT_STORAGE: z.enum(['files', 'database']).optional(),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .refine((v) => parseMailAddress(v) !== null, 'an address, or "Name <address>"')
    .optional(),
});

/** Headers take one round trip: 20 s is generous on the slowest line, and stops a slowloris. */
const HEADERS_TIMEOUT_MS = 20_000;
/** Above the 60 s idle timeout of common reverse proxies, so the proxy closes first. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

/** Variables whose value must never be echoed in an error. */
const SECRET_VARIABLES = new Set(['SESSION_SECRET', 'SMTP_URL', 'DEMO_PASSWORD']);

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
    throw new ConfigError(
      `Invalid ${name}: ${issue?.message ?? 'invalid value'} (got ${SECRET_VARIABLES.has(name) ? 'a value, not shown' : JSON.stringify(env[name] ?? '')})`,
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.RATE_LIMITS === 'off') {
    throw new ConfigError('Invalid RATE_LIMITS: rate limits cannot be turned off when NODE_ENV=production');
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = e.DATABASE_URL ?? path.join(dataDir, 'tanggap.db');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  if (!isPostgresUrl(databaseUrl) && /^[a-z]+:\/\//i.test(databaseUrl)) {
    throw new ConfigError(
      `Invalid DATABASE_URL: use postgres://… for PostgreSQL or a file path for SQLite (got ${JSON.stringify(databaseUrl)})`,
    );
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    dataDir,
    databaseUrl: isPostgresUrl(databaseUrl) ? databaseUrl : path.resolve(dataDir, databaseUrl),
    publicUrl,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    demoPassword: e.DEMO_PASSWORD ?? null,
    rateLimits: e.RATE_LIMITS === 'on',
    unitsDir: path.resolve(cwd, e.UNITS_DIR),
    webDistDir: path.resolve(cwd, 'web/dist'),
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    attachmentMaxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    attachmentStorage: e.ATTACHMENT_STORAGE ?? (isPostgresUrl(databaseUrl) ? 'database' : 'files'),
    jobQueueSchema: e.JOB_QUEUE_SCHEMA,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    headersTimeoutMs: Math.min(HEADERS_TIMEOUT_MS, e.REQUEST_TIMEOUT_SECONDS * 1000),
    keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS,
    loginSlowdownMs: 1000,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: Object.freeze(
      e.MAIL_FROM
        ? parseMailAddress(e.MAIL_FROM)!
        : { name: 'Tanggap', address: `tanggap@${new URL(publicUrl).hostname}` },
    ),
    mailboxSecrets: Object.freeze(
      Object.fromEntries(
        Object.entries(env).filter(
          (kv): kv is [string, string] => /^MAILBOX_[A-Z0-9_]+$/.test(kv[0]) && Boolean(kv[1]),
        ),
      ),
    ),
  });
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `address@domain` or `Name <address@domain>` (the name may be quoted); null when neither. */
export function parseMailAddress(value: string): MailAddress | null {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^\s<>]+)>|([^\s<>"]+))\s*$/.exec(value);
  const address = (match?.[2] ?? match?.[3] ?? '').toLowerCase();
  if (!z.email().safeParse(address).success) return null;
  const name = match?.[1]?.trim() || null;
  return { name, address };
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
