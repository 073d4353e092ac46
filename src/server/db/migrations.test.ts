import { NO_MIGRATIONS, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appWithCast, PORTAL_QUESTION } from '../../test-support/api.js';
import { TEST_DIALECTS, createTestDatabase } from '../../test-support/databases.js';
import { threadOf, ticketOfMessageIds } from '../modules/mail/mail-messages.repository.js';
import { migrateToLatest, migratorFor } from './migrate.js';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  it('apply on an empty database, undo completely and apply again', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const applied = await migrateToLatest(database.db);
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrateToLatest(database.db)).toEqual([]);
      const migrator = await migratorFor(database.db);
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      // PostgreSQL lists the tables of every schema; keep this test's own.
      const schema =
        dialect === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s
          : undefined;
      const tables = (await database.db.introspection.getTables()).filter((t) => t.schema === schema);
      expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
      expect(await migrateToLatest(database.db)).toEqual(applied);
    } finally {
      await database.close();
    }
  });
});

describe.each(TEST_DIALECTS)('events carry their ticket unit, on %s', (dialect) => {
  const setup = appWithCast(dialect);

  it('the migration that added it fills it in for the history already stored, ticket by ticket', async () => {
    const { cast, database } = { cast: setup.cast, database: setup.app.database };
    const create = async () =>
      (await cast.penyedia.post('/api/tickets', PORTAL_QUESTION)).json().ticket.code as string;
    const [answered, moved] = [await create(), await create()];
    expect(
      (await cast.helpdesk.post(`/api/tickets/${answered}/resolution`, { answer: 'Sudah diperbaiki' }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await cast.helpdesk.post(`/api/tickets/${moved}/escalations`, {
          to: 'admin_ppe',
          reason: 'Perlu Admin PPE',
        })
      ).statusCode,
    ).toBe(200);
    // A second unit holding one of the tickets, so a fill with one value for all would show.
    const home = await database.db
      .selectFrom('units')
      .selectAll()
      .where('code', '=', PORTAL_QUESTION.unitCode)
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('units')
      .values({ ...home, code: 'lpse-kota-lain', ticket_prefix: 'LAN' })
      .execute();
    await database.db
      .updateTable('tickets')
      .set({ unit_code: 'lpse-kota-lain' })
      .where('code', '=', moved)
      .execute();

    const migrator = await migratorFor(database.db);
    // Back to the schema before events carried their unit, and forward again.
    const down = await migrator.migrateTo('2026-11-28T0700_attachment_blobs');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => r.migrationName)).toContain('2026-11-28T0900_event_units');
    expect(await migrateToLatest(database.db)).toEqual(down.results?.map((r) => r.migrationName).reverse());

    const events = await database.db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['t.code', 'e.type', 'e.unit_code'])
      .where('t.code', 'in', [answered, moved])
      .orderBy('t.code')
      .orderBy('e.version')
      .execute();
    expect(events).toEqual([
      { code: answered, type: 'created', unit_code: PORTAL_QUESTION.unitCode },
      { code: answered, type: 'resolved', unit_code: PORTAL_QUESTION.unitCode },
      { code: moved, type: 'created', unit_code: 'lpse-kota-lain' },
      { code: moved, type: 'escalated', unit_code: 'lpse-kota-lain' },
    ]);
    // The home unit's report counts its own resolution, and not the other unit's escalation.
    const today = new Date(setup.app.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const summary = (
      await cast.kepala.get(
        `/api/units/${PORTAL_QUESTION.unitCode}/reports/summary?from=${today}&to=${today}`,
      )
    ).json();
    expect(summary.received.total).toBe(1);
    expect(summary.completion.count).toBe(1);
    expect(summary.escalations.admin_ppe.count).toBe(0);
  });
});

describe.each(TEST_DIALECTS)('our mail named in its outbox row, on %s', (dialect) => {
  const setup = appWithCast(dialect);

  it('finds the ticket of a reply to mail queued before and after the outbox named its conversation', async () => {
    const db = setup.app.database.db;
    const code = (await setup.cast.penyedia.post('/api/tickets', PORTAL_QUESTION)).json().ticket
      .code as string;
    const ticket = await db
      .selectFrom('tickets')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const mails = await db
      .selectFrom('mail_outbox')
      .select(['message_id', 'kind', 'thread'])
      .where('ticket_id', '=', ticket.id)
      .orderBy('kind')
      .execute();
    expect(mails.map((m) => [m.kind, m.thread])).toEqual([
      ['reporter_acknowledgement', 'reporter'],
      ['staff_ticket_new', 'staff'],
    ]);
    const [ack, notice] = mails.map((m) => m.message_id);
    // One row per mail: none in the thread records.
    expect(
      await db.selectFrom('mail_messages').select('message_id').where('ticket_id', '=', ticket.id).execute(),
    ).toEqual([]);
    const matched = async (id: string) =>
      (await ticketOfMessageIds(db, PORTAL_QUESTION.unitCode, ['<unknown@elsewhere.example>', id]))
        ?.ticket_id;
    expect(await matched(ack!)).toBe(ticket.id);
    expect(await matched(notice!)).toBe(ticket.id);
    expect(await threadOf(db, ticket.id, 'reporter')).toEqual([ack]);

    // Back to thread records per mail: the mail queued since gets its record, and forward again.
    const migrator = await migratorFor(db);
    const down = await migrator.migrateTo('2026-11-28T1400_covering_and_partial_indexes');
    expect(down.error).toBeUndefined();
    const records = await db
      .selectFrom('mail_messages')
      .select(['message_id', 'direction', 'thread'])
      .where('ticket_id', '=', ticket.id)
      .orderBy('thread')
      .execute();
    expect(records).toEqual([
      { message_id: ack, direction: 'out', thread: 'reporter' },
      { message_id: notice, direction: 'out', thread: 'staff' },
    ]);
    const undone = down.results?.map((r) => r.migrationName) ?? [];
    expect(undone).toContain('2026-11-28T1500_outbox_threads');
    expect(await migrateToLatest(db)).toEqual([...undone].reverse());
    // Mail queued before the outbox named its conversation is found by its thread record, once.
    expect(await matched(ack!)).toBe(ticket.id);
    expect(await threadOf(db, ticket.id, 'reporter')).toEqual([ack]);
    expect(await threadOf(db, ticket.id, 'staff')).toEqual([notice]);
  });
});

describe.each(TEST_DIALECTS)('the highest tier reached, on %s', (dialect) => {
  const setup = appWithCast(dialect);

  it('the migration that records it fills it in from reached_lkpp and the history', async () => {
    const { cast, database } = { cast: setup.cast, database: setup.app.database };
    const create = async () =>
      (await cast.penyedia.post('/api/tickets', PORTAL_QUESTION)).json().ticket.code as string;
    const [stayed, toPpe, toLkpp] = [await create(), await create(), await create()];
    const post = async (who: 'helpdesk' | 'adminppe' | 'lkpp', url: string, body: object) =>
      expect((await cast[who].post(url, body)).statusCode).toBe(200);
    await post('helpdesk', `/api/tickets/${toPpe}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu Admin PPE',
    });
    await post('adminppe', `/api/tickets/${toPpe}/returns`, { answer: 'Sudah dicek, kembali ke helpdesk' });
    await post('helpdesk', `/api/tickets/${toLkpp}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu Admin PPE',
    });
    await post('adminppe', `/api/tickets/${toLkpp}/escalations`, {
      to: 'lkpp',
      reason: 'Perlu Helpdesk Eproc',
    });
    await post('lkpp', `/api/tickets/${toLkpp}/returns`, { answer: 'Jawaban dari Helpdesk Eproc LKPP' });

    const reached = async () =>
      Object.fromEntries(
        (
          await database.db
            .selectFrom('tickets')
            .select(['code', 'reached_tier'])
            .where('code', 'in', [stayed, toPpe, toLkpp])
            .execute()
        ).map((r) => [r.code, r.reached_tier]),
      );
    const expected = { [stayed]: 'helpdesk', [toPpe]: 'admin_ppe', [toLkpp]: 'lkpp' };
    expect(await reached()).toEqual(expected);

    // Back to reached_lkpp alone, and forward again: the same tiers, from the flag and the history.
    const migrator = await migratorFor(database.db);
    const down = await migrator.migrateTo('2026-11-28T1500_outbox_threads');
    expect(down.error).toBeUndefined();
    const flags = await sql<{ code: string; reached_lkpp: number | string }>`
      select code, reached_lkpp from tickets order by code`.execute(database.db);
    expect(flags.rows.map((r) => [r.code, Number(r.reached_lkpp)])).toEqual(
      [stayed, toPpe, toLkpp].sort().map((code) => [code, code === toLkpp ? 1 : 0]),
    );
    expect(await migrateToLatest(database.db)).toEqual(down.results?.map((r) => r.migrationName).reverse());
    expect(await reached()).toEqual(expected);
    // LKPP staff still see what reached them.
    expect((await cast.lkpp.get(`/api/tickets/${toLkpp}`)).statusCode).toBe(200);
    expect((await cast.lkpp.get(`/api/tickets/${toPpe}`)).statusCode).toBe(404);
  });
});
