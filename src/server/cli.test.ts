import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cli(args: string[], env: Record<string, string>): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('operator commands', () => {
  it('creates the first administrator of a production install, and refuses a bad email', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanggap-cli-'));
    const env = { DATA_DIR: dir, NODE_ENV: 'production' };
    const made = cli(['create-admin', '--email', 'admin@payakumbuhkota.go.id', '--name', 'Admin Kota'], env);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Password \(shown once.*\): [a-z0-9]{4}(-[a-z0-9]{4}){3}/);
    const db = new SQLite(path.join(dir, 'tanggap.db'), { readonly: true });
    const users = db.prepare('select email from users').all();
    db.close();
    expect(users).toEqual([{ email: 'admin@payakumbuhkota.go.id' }]);
    const bad = cli(['create-admin', '--email', 'bukan-email', '--name', 'X Y'], env);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--email');
  });

  it('backs up a SQLite database online into a file that opens', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanggap-cli-'));
    expect(cli(['migrate'], { DATA_DIR: dir }).code).toBe(0);
    const target = path.join(dir, 'copy.db');
    const res = cli(['backup', '--to', target], { DATA_DIR: dir });
    expect(res.code).toBe(0);
    expect(existsSync(target)).toBe(true);
    const copy = new SQLite(target, { readonly: true });
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' and name = 'tickets'")
      .all();
    copy.close();
    expect(tables).toHaveLength(1);
  });
});
