import { describe, expect, it } from 'vitest';
import { cacheScope, PerDatabase } from './cache-scope.js';
import { connect } from './connect.js';

describe('cache scope', () => {
  it('is the same for a database and its transactions, and differs between databases', async () => {
    const a = connect(':memory:');
    const b = connect(':memory:');
    try {
      const inside = await a.db.transaction().execute(async (trx) => cacheScope(trx));
      expect(inside).toBe(cacheScope(a.db));
      expect(cacheScope(b.db)).not.toBe(cacheScope(a.db));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps one map per database, the same inside its transactions, until forgotten', async () => {
    const a = connect(':memory:');
    const b = connect(':memory:');
    try {
      const kept = new PerDatabase<number>();
      kept.of(a.db).set('x', 1);
      expect(await a.db.transaction().execute(async (trx) => kept.of(trx).get('x'))).toBe(1);
      expect(kept.of(b.db).get('x')).toBeUndefined();
      kept.forget(a.db);
      expect(kept.of(a.db).size).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
