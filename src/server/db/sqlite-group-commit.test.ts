import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from './connect.js';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';

/**
 * Transactions arriving together share one SQLite commit. What each caller sees must not
 * change: once its promise resolves, another connection reads its rows; a failing
 * transaction takes only itself back.
 */
describe('group commit on SQLite', () => {
  let file: string;
  let handle: DbHandle;
  let observer: SQLite.Database;
  beforeEach(async () => {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-group-')), 'group.db');
    handle = connect(file);
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
    observer = new SQLite(file, { readonly: true });
  });
  afterEach(async () => {
    observer.close();
    await handle.close();
  });

  const insert = (id: number) => sql`insert into notes (id, body) values (${id}, ${`catatan ${id}`})`;
  const seen = () =>
    (observer.prepare('select id from notes order by id').all() as Array<{ id: number }>).map((r) => r.id);

  it('keeps every transaction that succeeded, visible elsewhere once it resolves, with fewer commits than transactions', async () => {
    // The same dialect as connect() uses, over a connection that counts the commits made.
    const sqlite = new SQLite(file);
    let commits = 0;
    const db = new Kysely<unknown>({
      dialect: new GroupCommitSqliteDialect({
        prepare: (source) => {
          if (source === 'commit') commits += 1;
          return sqlite.prepare(source);
        },
        close: () => sqlite.close(),
      }),
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await insert(i + 1).execute(trx);
          await Promise.resolve();
          await insert(100 + i).execute(trx);
          if (i === 7) throw new Error('transaksi ke-8 gagal');
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    const expected = Array.from({ length: 30 }, (_, i) => i).filter((i) => i !== 7);
    expect(seen()).toEqual([...expected.map((i) => i + 1), ...expected.map((i) => 100 + i)]);
    // All thirty arrived together, so they share a commit or a few (one each would be 29).
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThanOrEqual(3);
    await db.destroy();
  });

  it('commits a write made outside a transaction before it resolves, even while a batch is open', async () => {
    const inBatch = handle.db.transaction().execute(async (trx) => {
      await insert(1).execute(trx);
    });
    const alone = insert(2)
      .execute(handle.db)
      .then(() => seen());
    expect(await alone).toContain(2);
    await inBatch;
    expect(seen()).toEqual([1, 2]);
  });

  it('rolls back a failed transaction alone and serves the next ones', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await insert(1).execute(trx);
        await insert(1).execute(trx);
      }),
    ).rejects.toThrow(/UNIQUE/);
    await handle.db.transaction().execute(async (trx) => {
      await insert(2).execute(trx);
    });
    expect(seen()).toEqual([2]);
  });

  it('commits what is pending when the database is closed', async () => {
    const pending = handle.db.transaction().execute(async (trx) => {
      await insert(5).execute(trx);
    });
    await pending;
    await handle.close();
    handle = connect(file);
    expect(seen()).toEqual([5]);
  });

  it('finishes a transaction that read before it wrote although another process wrote in between: the other waits for it instead', async () => {
    // Another process on the same file: an operator's command, or a second program.
    const other = new SQLite(file);
    other.pragma('busy_timeout = 0');
    try {
      let otherWrite: unknown = null;
      await handle.db.transaction().execute(async (trx) => {
        await sql`select count(*) as n from notes`.execute(trx);
        try {
          other.prepare("insert into notes (id, body) values (50, 'dari proses lain')").run();
        } catch (error) {
          otherWrite = error;
        }
        await insert(1).execute(trx);
      });
      // The other writer was told the database is busy (it retries after its own timeout);
      // a deferred begin would have let it in and failed this transaction's write instead.
      expect(otherWrite).toMatchObject({ code: 'SQLITE_BUSY' });
      other.prepare("insert into notes (id, body) values (50, 'dari proses lain')").run();
      expect(seen()).toEqual([1, 50]);
    } finally {
      other.close();
    }
  });

  it("shows another process's commit to reads outside a transaction from the next turn of the event loop, and runs pragmas outside any", async () => {
    const count = async () =>
      Number((await sql<{ n: number }>`select count(*) as n from notes`.execute(handle.db)).rows[0]?.n);
    const other = new SQLite(file);
    try {
      expect(await count()).toBe(0);
      other.prepare("insert into notes (id, body) values (7, 'dari proses lain')").run();
      // The reads of one turn share one snapshot; the next turn begins a new one.
      await new Promise((resolve) => setImmediate(resolve));
      expect(await count()).toBe(1);
      await insert(8).execute(handle.db);
      expect(await count()).toBe(2);
      // A write in a query's clothing is committed before it resolves, as any other write.
      await sql`with next as (select 9 as id) insert into notes (id, body) select id, 'dari with' from next`.execute(
        handle.db,
      );
      expect(seen()).toEqual([7, 8, 9]);
      // A pragma that may not run in a transaction still runs after reads of the same turn.
      await sql`pragma synchronous = off`.execute(handle.db);
      expect((await sql<{ synchronous: number }>`pragma synchronous`.execute(handle.db)).rows).toEqual([
        { synchronous: 0 },
      ]);
    } finally {
      other.close();
    }
  });

  it('answers rows as objects by column name, the later of two same-named columns winning, and follows a column added after a query was first run', async () => {
    await insert(1).execute(handle.db);
    const all = () =>
      sql<Record<string, unknown>>`select * from notes`.execute(handle.db).then((r) => r.rows);
    expect(await all()).toEqual([{ id: 1, body: 'catatan 1' }]);
    expect((await sql`select id, body, 'ganti' as body from notes`.execute(handle.db)).rows).toEqual([
      { id: 1, body: 'ganti' },
    ]);
    expect((await sql`select id from notes where id = 99`.execute(handle.db)).rows).toEqual([]);
    await sql`alter table notes add column author text`.execute(handle.db);
    await sql`update notes set author = 'Helpdesk'`.execute(handle.db);
    expect(await all()).toEqual([{ id: 1, body: 'catatan 1', author: 'Helpdesk' }]);
  });
});
