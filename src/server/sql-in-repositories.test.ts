import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives in repositories (`*.repository.ts`) and in the database machinery (`src/server/db/`:
 * connection, migrations, group commit, prepared queries). Everywhere else a query is a call to
 * a repository function: services, routes, jobs, presenters and mail read as use cases.
 */
const SERVER = import.meta.dirname;

const SQL = [
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)\(/,
  /\bsql\s*(`|<|\.\w+\()/,
  /^import\s+(?!type\b)[^;]*from\s+'kysely'/m,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

function mayHoldSql(file: string): boolean {
  const relative = path.relative(SERVER, file).split(path.sep).join('/');
  return relative.endsWith('.repository.ts') || relative.startsWith('db/');
}

describe('module boundaries', () => {
  it('runs SQL only in repositories and the database machinery', () => {
    const offenders = sourceFiles(SERVER)
      .filter((file) => !mayHoldSql(file))
      .filter((file) => SQL.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => path.relative(SERVER, file));
    expect(offenders).toEqual([]);
  });

  it('finds SQL where there is some (the check is not blind)', () => {
    const repository = readFileSync(path.join(SERVER, 'modules/tickets/tickets.repository.ts'), 'utf8');
    expect(SQL.some((pattern) => pattern.test(repository))).toBe(true);
  });
});
