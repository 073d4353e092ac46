import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { WRITER_CHECKPOINT_PAGES } from './sqlite-checkpointer.js';

const PAGE = 4096;
const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The serving connection leaves checkpoints to a thread of its own (sqlite-checkpointer.ts).
 * What an operator sees must stay as it was: the write-ahead log does not grow between quiet
 * moments, and once the server stops the database file holds everything.
 */
describe('checkpoints on their own thread', () => {
  it('keeps the write-ahead log small while writes come in bursts, far below where the writer would checkpoint', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-checkpoint-')), 'wal.db');
    const handle = connect(file);
    await sql`create table pages (id integer primary key, body blob not null)`.execute(handle.db);
    const body = Buffer.alloc(PAGE, 7);
    let id = 0;
    let largest = 0;
    // Twenty bursts of 200 rows of a page each: about 16 MB through the log in all.
    for (let burst = 0; burst < 20; burst++) {
      await Promise.all(
        Array.from({ length: 200 }, () => {
          id += 1;
          const row = id;
          return handle.db
            .transaction()
            .execute((trx) => sql`insert into pages (id, body) values (${row}, ${body})`.execute(trx));
        }),
      );
      largest = Math.max(largest, walBytes(file));
      await pause(120);
    }
    // Without the thread the log would hold every page written so far (the writer checkpoints
    // only at WRITER_CHECKPOINT_PAGES, about 40 MB): 16 MB by the end.
    expect(WRITER_CHECKPOINT_PAGES * PAGE).toBeGreaterThan(20 * 200 * 2 * PAGE);
    expect(largest).toBeLessThan(6 * 1024 * 1024);
    await handle.close();
  });

  it('lets a process that has nothing else to wait for finish closing the database', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-checkpoint-')), 'script.db');
    // A command-line run: write, close, report, and nothing else to keep the process alive.
    const script = `
      import { sql } from 'kysely';
      import { connect } from ${JSON.stringify(path.join(import.meta.dirname, 'connect.ts'))};
      const handle = connect(${JSON.stringify(file)});
      await sql\`create table notes (id integer primary key)\`.execute(handle.db);
      await handle.db.transaction().execute((trx) => sql\`insert into notes (id) values (1)\`.execute(trx));
      await handle.close();
      console.log('closed');
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('closed');
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('stops with the connection and leaves every row in the database file, with no log beside it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-checkpoint-')), 'closed.db');
    const handle = connect(file);
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        handle.db
          .transaction()
          .execute((trx) =>
            sql`insert into notes (id, body) values (${i + 1}, ${`catatan ${i + 1}`})`.execute(trx),
          ),
      ),
    );
    await pause(100);
    await handle.close();
    // The serving connection closed last, so SQLite copied the rest of the log and removed it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reader = new SQLite(file, { readonly: true });
    expect(reader.prepare('select count(*) as n, max(body) as last from notes').get()).toEqual({
      n: 300,
      last: 'catatan 99',
    });
    reader.close();
  });
});
