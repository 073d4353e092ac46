import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'tanggap-config-'));

describe('configuration', () => {
  it('defaults to SQLite under DATA_DIR and creates a session secret once', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir }, dir);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe(path.join(dir, 'tanggap.db'));
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }, dir).sessionSecret).toBe(config.sessionSecret);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('selects PostgreSQL from a postgres:// URL', () => {
    const dir = tmp();
    expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://u@127.0.0.1/db' }, dir).databaseUrl).toBe(
      'postgres://u@127.0.0.1/db',
    );
  });

  it('keeps attachments in the database on PostgreSQL and as files on SQLite, unless told', () => {
    const dir = tmp();
    const postgres = { DATA_DIR: dir, DATABASE_URL: 'postgres://u@127.0.0.1/db' };
    expect(loadConfig(postgres, dir).attachmentStorage).toBe('database');
    expect(loadConfig({ ...postgres, ATTACHMENT_STORAGE: 'files' }, dir).attachmentStorage).toBe('files');
    expect(loadConfig({ DATA_DIR: dir }, dir).attachmentStorage).toBe('files');
    expect(loadConfig({ DATA_DIR: dir, ATTACHMENT_STORAGE: 'database' }, dir).attachmentStorage).toBe(
      'database',
    );
  });

  it.each([
    ['PORT', { PORT: 'tiga ribu' }],
    ['PORT', { PORT: '70000' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['SESSION_SECRET', { SESSION_SECRET: 'short' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/x' }],
    ['RATE_LIMITS', { RATE_LIMITS: 'off', NODE_ENV: 'production' }],
    ['ATTACHMENT_STORAGE', { ATTACHMENT_STORAGE: 's3' }],
  ])('stops on a bad %s with one line naming it', (name, env) => {
    const dir = tmp();
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dir, ...env }, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid ${name}:`));
    expect((error as Error).message).not.toContain('\n');
  });
});
