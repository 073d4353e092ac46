import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/accounts/roles.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { appWithCast, PORTAL_QUESTION } from '../../../test-support/api.js';
import { encodeCursor, listTickets, pageQuery, SORTS } from './list-tickets.repository.js';

const UNIT = 'lpse-kota-payakumbuh';
const helpdesk: Actor = {
  userId: 'plan-reader',
  roles: [{ unitCode: UNIT, role: 'helpdesk', unitKind: 'lpse' }],
};
const openQueue = { unitCode: UNIT, openOnly: true };

/**
 * How the database reads a queue page. The console's default queue (a unit's open tickets,
 * soonest due first) must come from the open-tickets index, entered at the cursor on later
 * pages: walking the unit's whole due-time index instead steps over every closed ticket due
 * before the first open one, which at a few years of history is most of them.
 */
describe.each(TEST_DIALECTS)('the queue page query plan, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function plan(query: CompiledQuery): Promise<string> {
    if (dialect === 'sqlite') {
      const rows = await t.ctx.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      return rows.rows.map((r) => r.detail).join('\n');
    }
    // A test database is small enough for a sequential scan to look cheapest; the question is
    // which index the query can use, so that is switched off for the one statement.
    return t.ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
      );
      return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('reads the first page of open tickets from the open-tickets index, without sorting', async () => {
    const text = await plan(pageQuery(t.ctx, helpdesk, openQueue, { limit: 25, sort: 'due' }).compile());
    expect(text).toContain('tickets_open_due');
    expect(text).not.toMatch(/TEMP B-TREE|Sort/i);
  });

  it('enters the index at the cursor on a later page', async () => {
    const cursor = encodeCursor(
      { due_at: '2026-03-03T02:00:00.000Z', created_at: '2026-03-02T02:00:00.000Z', id: '01a0' },
      'due',
    );
    const text = await plan(
      pageQuery(t.ctx, helpdesk, openQueue, { cursor, limit: 25, sort: 'due' }).compile(),
    );
    expect(text).toContain('tickets_open_due');
    expect(text.replace(/\s|"/g, '')).toMatch(
      dialect === 'sqlite' ? /\(due_at,id\)>\(\?,\?\)/ : /IndexCond:.*\(due_at,id\)>/,
    );
  });
});

/**
 * A unit's whole queue (the console's every refresh) is read through queries compiled once;
 * every other list is built per request. Both must give the same pages, page after page.
 */
describe.each(TEST_DIALECTS)('the unit queue compiled once, on %s', (dialect) => {
  const setup = appWithCast(dialect);

  it('gives the pages the per-request query gives, for each sort, open or all, first and later pages', async () => {
    const { cast, app } = setup;
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      app.clock.advance(37 * 60_000);
      codes.push(
        (await cast.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, subject: `Pertanyaan ${i}` })).json()
          .ticket.code as string,
      );
    }
    expect(
      (await cast.helpdesk.post(`/api/tickets/${codes[1]}/resolution`, { answer: 'Sudah diperbaiki' }))
        .statusCode,
    ).toBe(200);
    for (const sort of SORTS) {
      for (const openOnly of [true, false]) {
        const filters = { unitCode: UNIT, openOnly };
        let cursor: string | undefined;
        const seen: string[] = [];
        do {
          const page = await listTickets(app.ctx, helpdesk, filters, { cursor, limit: 2, sort });
          const built = await pageQuery(app.ctx, helpdesk, filters, { cursor, limit: 2, sort }).execute();
          expect(page.items).toEqual(built.slice(0, 2));
          expect(page.nextCursor !== null).toBe(built.length > 2);
          seen.push(...page.items.map((row) => row.code));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen, `${sort}, open only: ${openOnly}`).toHaveLength(openOnly ? 4 : 5);
        expect(new Set(seen).size).toBe(seen.length);
      }
    }
  });
});
