import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION, signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

describe.each(TEST_DIALECTS)('completion targets on tickets, on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Moves the clock; sessions idle past 12 hours expire, so everyone signs in again. */
  const at = async (iso: string) => {
    t.clock.set(new Date(iso));
    c = await signInCast(t);
  };

  it('a ticket of Friday 13 March 2026, 15:00 WIB, is due Monday 14:30 WIB; a two-hour wait for the reporter moves it two working hours', async () => {
    await at('2026-03-13T15:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    expect(ticket.sla).toMatchObject({
      difficulty: 'ringan',
      targetMinutes: 450,
      state: 'on_track',
      clock: 'running',
      dueAt: '2026-03-16T14:30:00+07:00',
      firstResponseDueAt: '2026-03-16T08:00:00+07:00',
    });

    await at('2026-03-16T08:00:00+07:00');
    const asked = (
      await c.helpdesk.post(`/api/tickets/${ticket.code}/info-requests`, {
        question: 'Mohon kirim nomor paket yang benar.',
      })
    ).json().ticket;
    expect(asked.sla).toMatchObject({ state: 'paused', clock: 'paused', usedMinutes: 120 });
    expect(asked.sla.firstResponse.state).toBe('met');
    await at('2026-03-16T10:00:00+07:00');
    const answered = (
      await c.penyedia.post(`/api/tickets/${ticket.code}/replies`, { body: 'Nomor paketnya 10023457.' })
    ).json().ticket;
    expect(answered.sla).toMatchObject({
      state: 'on_track',
      usedMinutes: 120,
      dueAt: '2026-03-17T08:00:00+07:00',
    });

    await at('2026-03-17T07:45:00+07:00');
    const late = (await c.helpdesk.get(`/api/tickets/${ticket.code}`)).json().ticket;
    expect(late.sla.state).toBe('at_risk');
    await at('2026-03-17T09:00:00+07:00');
    expect((await c.helpdesk.get(`/api/tickets/${ticket.code}`)).json().ticket.sla).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-17T08:00:00+07:00',
    });
  });

  it('shows in the queue the SLA the ticket itself shows, after every change and as time passes', async () => {
    await at('2026-03-13T15:00:00+07:00');
    const { ticket } = (
      await c.penyedia.post('/api/tickets', {
        ...PORTAL_QUESTION,
        subject: 'Antrean mengikuti setiap perubahan',
      })
    ).json();
    const both = async () => {
      const listed = (await c.helpdesk.get('/api/tickets?limit=100&open=false'))
        .json()
        .tickets.find((x: { code: string }) => x.code === ticket.code);
      const shown = (await c.helpdesk.get(`/api/tickets/${ticket.code}`)).json().ticket;
      expect(listed.sla).toEqual(shown.sla);
      return listed.sla;
    };
    expect(await both()).toMatchObject({ state: 'on_track', clock: 'running' });
    await at('2026-03-16T08:00:00+07:00');
    await both();
    await c.helpdesk.post(`/api/tickets/${ticket.code}/info-requests`, {
      question: 'Mohon kirim nomor paket yang benar.',
    });
    expect(await both()).toMatchObject({ state: 'paused', clock: 'paused', usedMinutes: 120 });
    await at('2026-03-16T10:00:00+07:00');
    await c.penyedia.post(`/api/tickets/${ticket.code}/replies`, { body: 'Nomor paketnya 10023457.' });
    expect(await both()).toMatchObject({ state: 'on_track', clock: 'running', usedMinutes: 120 });
    await at('2026-03-17T09:00:00+07:00');
    expect(await both()).toMatchObject({ state: 'breached' });
    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, { answer: 'Sudah kami perbaiki.' });
    expect(await both()).toMatchObject({ clock: 'stopped' });
  });

  it('counts working time per tier, crossing Nyepi, Idulfitri and cuti bersama', async () => {
    await at('2026-03-17T10:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    expect(ticket.sla.dueAt).toBe('2026-03-25T10:00:00+07:00');
    await at('2026-03-17T11:00:00+07:00');
    await c.helpdesk.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu Admin PPE',
    });
    await at('2026-03-25T08:30:00+07:00');
    const resolved = (
      await c.adminppe.post(`/api/tickets/${ticket.code}/resolution`, { answer: 'Sudah diperbaiki.' })
    ).json().ticket;
    expect(resolved.sla).toMatchObject({
      state: 'met',
      clock: 'stopped',
      usedMinutes: 360,
      minutesByTier: { helpdesk: 60, admin_ppe: 300, lkpp: 0 },
    });
  });

  it('sets the difficulty with a reason, and an extension needs the Kepala LPSE', async () => {
    await at('2026-04-06T08:00:00+07:00');
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const noReason = await c.helpdesk.post(`/api/tickets/${ticket.code}/difficulty`, { difficulty: 'berat' });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const berat = (
      await c.helpdesk.post(`/api/tickets/${ticket.code}/difficulty`, {
        difficulty: 'berat',
        reason: 'Butuh koordinasi dengan LKPP',
      })
    ).json().ticket;
    expect(berat.sla).toMatchObject({ difficulty: 'berat', targetMinutes: 2250 });

    const noPending = await c.kepala.post(`/api/tickets/${ticket.code}/extension-decision`, {
      approve: true,
      note: 'Setuju',
    });
    expect(noPending.json().code).toBe('no_extension_pending');
    const asked = (
      await c.helpdesk.post(`/api/tickets/${ticket.code}/extension-requests`, {
        workingDays: 2,
        reason: 'Menunggu jawaban pusat',
      })
    ).json().ticket;
    expect(asked.extensionPendingMinutes).toBe(900);
    expect(asked.sla.targetMinutes).toBe(2250);
    expect(
      (
        await c.helpdesk.post(`/api/tickets/${ticket.code}/extension-decision`, {
          approve: true,
          note: 'Setuju sendiri',
        })
      ).statusCode,
    ).toBe(403);
    const approved = (
      await c.kepala.post(`/api/tickets/${ticket.code}/extension-decision`, {
        approve: true,
        note: 'Disetujui Kepala',
      })
    ).json().ticket;
    expect(approved).toMatchObject({
      extensionPendingMinutes: null,
      sla: { targetMinutes: 3150, extensionMinutes: 900 },
    });
    const history = (await c.helpdesk.get(`/api/tickets/${ticket.code}`))
      .json()
      .history.map((e: { type: string; reason: string | null }) => [e.type, e.reason]);
    expect(history).toEqual([
      ['created', null],
      ['difficulty_set', 'Butuh koordinasi dengan LKPP'],
      ['extension_requested', 'Menunggu jawaban pusat'],
      ['extension_approved', 'Disetujui Kepala'],
    ]);
  });

  it('sorts the staff queue by due time', async () => {
    await at('2026-04-07T08:00:00+07:00');
    const a = (
      await c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, subject: 'Urutan A berat sekali' })
    ).json().ticket;
    await c.helpdesk.post(`/api/tickets/${a.code}/difficulty`, {
      difficulty: 'berat',
      reason: 'Kasus rumit',
    });
    await at('2026-04-07T09:00:00+07:00');
    const b = (
      await c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, subject: 'Urutan B ringan saja' })
    ).json().ticket;
    const queue = (await c.helpdesk.get('/api/tickets?q=urutan'))
      .json()
      .tickets.map((x: { code: string }) => x.code);
    expect(queue).toEqual([b.code, a.code]);
    const newest = (await c.helpdesk.get('/api/tickets?q=urutan&sort=created'))
      .json()
      .tickets.map((x: { code: string }) => x.code);
    expect(newest).toEqual([b.code, a.code]);
  });
});
