import { describe, expect, it } from 'vitest';
import { appWithCast, PORTAL_QUESTION } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';

const UNIT = 'lpse-kota-payakumbuh';

/**
 * The queue's counts for a whole unit come from kept totals, not from counting the unit's
 * tickets. They must say what counting would: after creation, escalation, resolution,
 * closure, a confidential ticket and a refused (conflicting) change.
 */
describe.each(TEST_DIALECTS)('queue counts of a whole unit, on %s', (dialect) => {
  const setup = appWithCast(dialect);
  const counts = async (query = '') =>
    (await setup.cast.helpdesk.get(`/api/tickets?unitCode=${UNIT}${query}`)).json().counts;

  it('agree with counting the tickets, through every kind of change', async () => {
    const c = setup.cast;
    const create = async (extra: object = {}) =>
      (await c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, ...extra })).json().ticket.code as string;
    const [escalated, closed] = [await create(), await create()];
    await create();
    const secret = await create({ confidential: true });
    expect(secret).toMatch(/^PYK/);
    expect(
      (
        await c.helpdesk.post(`/api/tickets/${escalated}/escalations`, {
          to: 'admin_ppe',
          reason: 'Perlu Admin PPE',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await c.helpdesk.post(`/api/tickets/${closed}/resolution`, { answer: 'Sudah diperbaiki' })).statusCode,
    ).toBe(200);
    expect((await c.penyedia.post(`/api/tickets/${closed}/confirmation`, { solved: true })).statusCode).toBe(
      200,
    );
    // A change refused for a stale version changes nothing, counts included.
    expect(
      (await c.helpdesk.post(`/api/tickets/${escalated}/replies`, { body: 'Terlambat', version: 1 }))
        .statusCode,
    ).toBe(409);

    const kept = await counts();
    expect(kept.byStatus).toEqual({ new: 2, in_progress: 1, waiting_reporter: 0, resolved: 0, closed: 1 });
    expect(kept.openByTier).toEqual({ helpdesk: 2, admin_ppe: 1, lkpp: 0, lkpp_teknis: 0 });
    // Every ticket here is a question, so narrowing to questions counts the same tickets the slow way.
    expect(await counts('&kind=question')).toEqual(kept);
    // A status filter narrows the page, never the counts.
    expect(await counts('&status=closed')).toEqual(kept);
  });
});
