import { describe, expect, it } from 'vitest';
import { cacheScope } from './cache-scope.js';
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
});
