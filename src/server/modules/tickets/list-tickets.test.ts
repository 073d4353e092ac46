import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/accounts/roles.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { encodeCursor, pageQuery } from './list-tickets.js';

const UNIT = 'lpse-kota-payakumbuh';
const helpdesk: Actor = { userId: 'plan-reader', roles: [{ unitCode: UNIT, role: 'helpdesk', unitKind: 'lpse' }] };
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
      const rows = await t.ctx.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      return rows.rows.map((r) => r.detail).join('\n');
    }
    // A test database is small enough for a sequential scan to look cheapest; the question is
    // which index the query can use, so that is switched off for the one statement.
    return t.ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]));
      return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('reads the first page of open tickets from the open-tickets index, without sorting', async () => {
    const text = await plan(pageQuery(t.ctx, helpdesk, openQueue, { limit: 25, sort: 'due' }).compile());
    expect(text).toContain('tickets_open_due');
    expect(text).not.toMatch(/TEMP B-TREE|Sort/i);
  });

  it('enters the index at the cursor on a later page', async () => {
    const cursor = encodeCursor({ due_at: '2026-03-03T02:00:00.000Z', created_at: '2026-03-02T02:00:00.000Z', id: '01a0' }, 'due');
    const text = await plan(pageQuery(t.ctx, helpdesk, openQueue, { cursor, limit: 25, sort: 'due' }).compile());
    expect(text).toContain('tickets_open_due');
    expect(text.replace(/\s|"/g, '')).toMatch(dialect === 'sqlite' ? /\(due_at,id\)>\(\?,\?\)/ : /IndexCond:.*\(due_at,id\)>/);
  });
});
