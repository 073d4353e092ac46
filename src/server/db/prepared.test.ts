import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS } from '../../test-support/databases.js';
import type { DbHandle } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { insertRow, prepared } from './prepared.js';

const UNIT = {
  code: 'lpse-a',
  name: 'LPSE A',
  kind: 'lpse',
  parent_code: null,
  timezone: 'Asia/Jakarta',
  ticket_prefix: 'A',
  profile_json: '{}',
  created_at: '2026-11-02T01:00:00.000Z',
  updated_at: '2026-11-02T01:00:00.000Z',
};

describe.each(TEST_DIALECTS)('prepared queries, on %s', (dialect) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDatabase(dialect);
    await migrateToLatest(h.db);
    await insertRow(h.db, 'units', UNIT);
  });
  afterAll(async () => {
    await h.close();
  });

  const unitNamed = prepared((db, args: { code: string; kind: string }) =>
    db
      .selectFrom('units')
      .select(['code', 'name'])
      .where('code', '=', args.code)
      .where('kind', '=', args.kind)
      .where('ticket_prefix', '<>', 'ZZZ'),
  );

  it("runs with each call's values, keeping the constants written in the query", async () => {
    await insertRow(h.db, 'units', { ...UNIT, code: 'lpse-b', name: 'LPSE B', ticket_prefix: 'B' });
    await insertRow(h.db, 'units', { ...UNIT, code: 'lpse-z', name: 'LPSE Z', ticket_prefix: 'ZZZ' });
    expect(await unitNamed(h.db, { code: 'lpse-a', kind: 'lpse' })).toEqual([
      { code: 'lpse-a', name: 'LPSE A' },
    ]);
    expect(await unitNamed(h.db, { code: 'lpse-b', kind: 'lpse' })).toEqual([
      { code: 'lpse-b', name: 'LPSE B' },
    ]);
    expect(await unitNamed(h.db, { code: 'lpse-b', kind: 'national' })).toEqual([]);
    // The constant `ticket_prefix <> 'ZZZ'` stays in force.
    expect(await unitNamed(h.db, { code: 'lpse-z', kind: 'lpse' })).toEqual([]);
  });

  it('runs inside a transaction, which sees its own writes and loses them on rollback', async () => {
    const failed = h.db.transaction().execute(async (trx) => {
      await insertRow(trx, 'units', { ...UNIT, code: 'lpse-t', name: 'LPSE T', ticket_prefix: 'T' });
      expect(await unitNamed(trx, { code: 'lpse-t', kind: 'lpse' })).toHaveLength(1);
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    expect(await unitNamed(h.db, { code: 'lpse-t', kind: 'lpse' })).toEqual([]);
  });

  it('inserts rows of different tables and columns, each with its own statement; an undefined column is left to its default', async () => {
    await insertRow(h.db, 'categories', {
      unit_code: 'lpse-a',
      code: 'x',
      name: 'X',
      name_en: 'X',
      sort_order: 1,
      is_active: 1,
    });
    expect(
      await h.db.selectFrom('categories').selectAll().where('code', '=', 'x').executeTakeFirstOrThrow(),
    ).toMatchObject({ unit_code: 'lpse-a', name: 'X', sort_order: 1 });
    await insertRow(h.db, 'units', { ...UNIT, code: 'lpse-c', ticket_prefix: 'C', parent_code: 'lpse-a' });
    await insertRow(h.db, 'units', {
      ...UNIT,
      code: 'lpse-d',
      ticket_prefix: 'D',
      parent_code: undefined as unknown as null,
    });
    const parents = await h.db
      .selectFrom('units')
      .select(['code', 'parent_code'])
      .where('code', 'in', ['lpse-c', 'lpse-d'])
      .orderBy('code')
      .execute();
    expect(parents).toEqual([
      { code: 'lpse-c', parent_code: 'lpse-a' },
      { code: 'lpse-d', parent_code: null },
    ]);
  });

  it('refuses a value left undefined, naming it, rather than running without it', async () => {
    await expect(unitNamed(h.db, { code: 'lpse-a' } as { code: string; kind: string })).rejects.toThrow(
      'no value for "kind"',
    );
  });

  it('refuses a value turned into text while the query is built', async () => {
    const broken = prepared((db, args: { name: string }) =>
      db.selectFrom('units').select('code').where('name', '=', `LPSE ${args.name}`),
    );
    await expect(broken(h.db, { name: 'A' })).rejects.toThrow('"name" is used inside an expression');
    const alsoBroken = prepared((db, args: { name: string }) =>
      db
        .selectFrom('units')
        .select('code')
        .where(sql`name`, '=', JSON.stringify(args.name)),
    );
    await expect(alsoBroken(h.db, { name: 'A' })).rejects.toThrow('"name" is used inside an expression');
  });
});
