import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION, signInCast, type Cast } from '../../test-support/api.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { autoCloseResolved } from './auto-close.js';
import { sweepSla } from './sla-sweep.js';

describe.each(TEST_DIALECTS)('background jobs on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  const at = async (iso: string) => {
    t.clock.set(new Date(iso));
    c = await signInCast(t);
  };
  const types = async (who: keyof Cast) =>
    (await c[who].get('/api/notifications'))
      .json()
      .notifications.map((n: { type: string; ticketCode: string }) => `${n.type} ${n.ticketCode}`);

  it('notifies at risk then breached once each, the Kepala only on breach, even when run again', async () => {
    await at('2026-05-04T08:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    expect(await types('helpdesk')).toContain(`ticket_new ${ticket.code}`);
    await at('2026-05-04T15:00:00+07:00');
    await sweepSla(t.ctx);
    expect((await sweepSla(t.ctx)).notified).toBe(0);
    expect(await types('helpdesk')).toContain(`sla_at_risk ${ticket.code}`);
    expect(await types('kepala')).not.toContain(`sla_at_risk ${ticket.code}`);

    await at('2026-05-05T09:00:00+07:00');
    await sweepSla(t.ctx);
    await sweepSla(t.ctx);
    const helpdesk = await types('helpdesk');
    expect(helpdesk.filter((x: string) => x === `sla_breached ${ticket.code}`)).toHaveLength(1);
    expect(helpdesk.filter((x: string) => x === `sla_at_risk ${ticket.code}`)).toHaveLength(1);
    expect(await types('kepala')).toContain(`sla_breached ${ticket.code}`);
    expect(await types('adminppe')).not.toContain(`sla_breached ${ticket.code}`);
  });

  it('does not flag a ticket paused for the reporter', async () => {
    await at('2026-05-06T08:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    await c.helpdesk.post(`/api/tickets/${ticket.code}/info-requests`, { question: 'Mohon lengkapi data.' });
    await at('2026-05-08T15:00:00+07:00');
    await sweepSla(t.ctx);
    expect(await types('helpdesk')).not.toContain(`sla_at_risk ${ticket.code}`);
    expect(await types('penyedia')).toContain(`reporter_info_requested ${ticket.code}`);
  });

  it('closes resolved tickets nobody confirmed after five working days, but not complaints awaiting the Kepala', async () => {
    await at('2026-06-08T09:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, { answer: 'Silakan coba lagi.' });
    const slip = (
      await c.helpdesk.post('/api/tickets', {
        channel: 'suggestion_box',
        boxOpenedOn: '2026-06-08',
        description: 'Toilet kantor perlu dibersihkan.',
      })
    ).json().ticket;
    await c.helpdesk.post(`/api/tickets/${slip.code}/resolution`, { answer: 'Sudah ditindaklanjuti.' });

    await at('2026-06-12T16:00:00+07:00');
    expect((await autoCloseResolved(t.ctx)).closed).toEqual([]);
    await at('2026-06-15T09:30:00+07:00');
    expect((await autoCloseResolved(t.ctx)).closed).toEqual([ticket.code]);
    const closed = (await c.helpdesk.get(`/api/tickets/${ticket.code}`)).json();
    expect(closed.ticket.status).toBe('closed');
    expect(closed.history.at(-1)).toMatchObject({ type: 'auto_closed', party: 'system', actor: null });
    expect((await c.helpdesk.get(`/api/tickets/${slip.code}`)).json().ticket.status).toBe('resolved');
  });

  it('lets a user mark notifications read', async () => {
    const before = (await c.helpdesk.get('/api/notifications')).json();
    expect(before.unreadCount).toBeGreaterThan(0);
    const after = (await c.helpdesk.post('/api/notifications/read', { all: true })).json();
    expect(after.unreadCount).toBe(0);
    expect((await c.helpdesk.get('/api/notifications?unread=true')).json().notifications).toEqual([]);
  });
});
