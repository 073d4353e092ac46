import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { lazyModule } from '../core/lazy-module.js';
import { isPostgresUrl } from '../core/config.js';
import type { Database } from './schema.js';
import { startCheckpointer, WRITER_CHECKPOINT_PAGES } from './sqlite-checkpointer.js';
import { GroupCommitSqliteDialect, type StatementSource } from './sqlite-group-commit.js';

const postgres = lazyModule<typeof pg>('pg');

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export type DbHandle = Readonly<{ db: Db; dialect: Dialect; close: () => Promise<void> }>;

export type ConnectOptions = Readonly<{
  /** PostgreSQL only: the schema to put first on the search path (tests use one per run). */
  searchPath?: string;
  poolSize?: number;
}>;

/** Opens the database named by a URL: `postgres://…` for PostgreSQL, else a SQLite file path. */
export function connect(url: string, options: ConnectOptions = {}): DbHandle {
  if (isPostgresUrl(url)) {
    const pool = new (postgres().Pool)({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const sqlite = new SQLite(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Each transaction runs in a savepoint (group commit); SQLite keeps the pages a savepoint
  // changed in a temporary file from the 64 KiB a batch passes, written a page at a time: 118
  // of the 162 write calls of a ticket's creation at 1M tickets. In memory it is a copy.
  sqlite.pragma('temp_store = MEMORY');
  const checkpointer = url === ':memory:' ? null : startCheckpointer(url);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const db = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(withStatementCache(sqlite)) });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; better-sqlite3 statements can be reused, and preparing
 * is a good part of a small query's cost. Keeps the most recently used statements by SQL text.
 */
function withStatementCache(sqlite: SQLite.Database): StatementSource {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(source: string) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source);
      } else {
        statement = sqlite.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(source, statement);
      return statement;
    },
    close: () => {
      sqlite.close();
    },
  };
}
