import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCALATION_TIERS, TIERS } from '../../../domain/tiers/tiers.js';
import type { z } from 'zod';
import { json, PORTAL_QUESTION, problem, signInCast, type Cast } from '../../../test-support/api.js';
import type { TicketBody, TicketDetailBody, TicketListBody } from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { ReportSummaryResponse } from '../reports/reports.schemas.js';

const UNIT = 'lpse-kota-payakumbuh';
const HALF_HOUR = 30 * 60_000;

/**
 * Kep. Kepala LKPP 26/2022: what the LPSE cannot solve goes to Helpdesk Eproc LKPP (`lkpp`),
 * what Helpdesk Eproc cannot solve goes on to Helpdesk Teknis LKPP (`lkpp_teknis`).
 */
describe.each(TEST_DIALECTS)("LKPP's two national desks, on %s", (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const codesIn = async (who: keyof Cast, query: string) =>
    (await c[who].get(`/api/tickets?${query}`).then(json<TicketListBody>)).tickets.map((x) => x.code);

  it('a portal question climbs helpdesk → Admin PPE → Helpdesk Eproc → Helpdesk Teknis, which answers and resolves it', async () => {
    const created = await c.penyedia.post('/api/tickets', PORTAL_QUESTION);
    expect(created.statusCode, created.body).toBe(201);
    const code = json<TicketBody>(created).ticket.code;
    const ticketAs = async (who: keyof Cast) =>
      (await c[who].get(`/api/tickets/${code}`).then(json<TicketDetailBody>)).ticket;
    expect(await ticketAs('helpdesk')).toMatchObject({ escalateTo: 'admin_ppe', returnTo: null });

    t.clock.advance(HALF_HOUR);
    const toPpe = await c.helpdesk.post(`/api/tickets/${code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu pengecekan konfigurasi SPSE unit',
    });
    expect(toPpe.statusCode, toPpe.body).toBe(200);
    expect(json<TicketBody>(toPpe).ticket).toMatchObject({ tier: 'admin_ppe' });

    // Admin PPE may not skip Helpdesk Eproc LKPP.
    t.clock.advance(HALF_HOUR);
    const skipped = await c.adminppe.post(`/api/tickets/${code}/escalations`, {
      to: 'lkpp_teknis',
      reason: 'Langsung ke Helpdesk Teknis',
    });
    expect(skipped.statusCode).toBe(409);
    expect(problem(skipped).code).toBe('escalation_must_go_up_one_tier');
    expect((await c.lkpp.get(`/api/tickets/${code}`)).statusCode).toBe(404);
    expect((await c.lkppTeknis.get(`/api/tickets/${code}`)).statusCode).toBe(404);

    const toEproc = await c.adminppe.post(`/api/tickets/${code}/escalations`, {
      to: 'lkpp',
      reason: 'Galat di sisi aplikasi SPSE pusat',
    });
    expect(json<TicketBody>(toEproc).ticket).toMatchObject({ tier: 'lkpp', escalateTo: null });
    expect(await ticketAs('lkpp')).toMatchObject({ escalateTo: 'lkpp_teknis', returnTo: 'admin_ppe' });
    // Helpdesk Teknis does not see it before it reaches them, neither in the queue nor directly.
    expect((await c.lkppTeknis.get(`/api/tickets/${code}`)).statusCode).toBe(404);
    expect(await codesIn('lkppTeknis', 'limit=100')).not.toContain(code);
    expect(await codesIn('lkpp', 'tier=lkpp')).toContain(code);

    t.clock.advance(HALF_HOUR);
    const noReason = await c.lkpp.post(`/api/tickets/${code}/escalations`, { to: 'lkpp_teknis' });
    expect(noReason.statusCode).toBe(400);
    const toTeknis = await c.lkpp.post(`/api/tickets/${code}/escalations`, {
      to: 'lkpp_teknis',
      reason: 'Perlu pemeriksaan basis data SPSE oleh Helpdesk Teknis',
    });
    expect(toTeknis.statusCode, toTeknis.body).toBe(200);
    expect(json<TicketBody>(toTeknis).ticket).toMatchObject({ tier: 'lkpp_teknis' });

    // Both national desks see it now: Teknis because it reached them, Eproc because it reached them first.
    expect(await ticketAs('lkppTeknis')).toMatchObject({ escalateTo: null, returnTo: 'lkpp' });
    expect(await codesIn('lkppTeknis', 'tier=lkpp_teknis')).toContain(code);
    expect(await codesIn('lkpp', 'limit=100')).toContain(code);
    expect((await c.lkpp.get(`/api/tickets/${code}`)).statusCode).toBe(200);
    const counts = (await c.lkppTeknis.get('/api/tickets').then(json<TicketListBody>)).counts;
    expect(counts!.openByTier).toEqual({ helpdesk: 0, admin_ppe: 0, lkpp: 0, lkpp_teknis: 1 });

    // Teknis asks Helpdesk Eproc for more, gets it back, and answers and resolves.
    t.clock.advance(HALF_HOUR);
    const back = await c.lkppTeknis.post(`/api/tickets/${code}/returns`, {
      answer: 'Mohon lengkapi kode paket dan waktu kejadian.',
    });
    expect(json<TicketBody>(back).ticket).toMatchObject({ tier: 'lkpp' });
    expect((await c.lkppTeknis.get(`/api/tickets/${code}`)).statusCode).toBe(200);
    await c.lkpp.post(`/api/tickets/${code}/escalations`, {
      to: 'lkpp_teknis',
      reason: 'Data sudah dilengkapi: paket 10023456, pukul 10.15',
    });
    const reply = 'Indeks dokumen paket 10023456 sudah diperbaiki.';
    expect((await c.lkppTeknis.post(`/api/tickets/${code}/replies`, { body: reply })).statusCode).toBe(200);
    t.clock.advance(HALF_HOUR);
    const resolved = await c.lkppTeknis.post(`/api/tickets/${code}/resolution`, {
      answer: 'Silakan unggah ulang dokumen penawaran.',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(json<TicketBody>(resolved).ticket.status).toBe('resolved');

    const detail = await c.helpdesk.get(`/api/tickets/${code}`).then(json<TicketDetailBody>);
    expect(detail.history.filter((e) => e.type === 'escalated')).toHaveLength(4);
    expect(detail.history.find((e) => e.data.to === 'lkpp_teknis')).toMatchObject({
      reason: 'Perlu pemeriksaan basis data SPSE oleh Helpdesk Teknis',
      party: 'lkpp',
    });
    // The SLA shows minutes for every tier, Helpdesk Teknis included.
    const sla = detail.ticket.sla;
    expect(Object.keys(sla.minutesByTier).sort()).toEqual([...TIERS].sort());
    expect(sla.minutesByTier).toEqual({ helpdesk: 30, admin_ppe: 30, lkpp: 30, lkpp_teknis: 60 });
    const mine = await c.penyedia.get(`/api/tickets/${code}`).then(json<TicketDetailBody>);
    expect(mine.messages.map((m) => m.body)).toContain(reply);

    // The month's report counts each escalation by the tier it went to.
    const kepala = await c.kepala.get(`/api/units/${UNIT}/reports/summary?from=2026-03-01&to=2026-03-31`);
    expect(kepala.statusCode, kepala.body).toBe(200);
    const summary = json<z.infer<typeof ReportSummaryResponse>>(kepala);
    expect(Object.keys(summary.escalations).sort()).toEqual([...ESCALATION_TIERS].sort());
    expect(summary.escalations).toMatchObject({
      admin_ppe: { count: 1, answered: 1 },
      lkpp: { count: 1, answered: 1 },
      lkpp_teknis: { count: 2, answered: 2 },
    });
    expect(summary.received.byTierReached).toMatchObject({ lkpp_teknis: 1 });
  });

  it('grants the Helpdesk Teknis role on the national unit only', async () => {
    const national = await c.admin.post('/api/admin/users', {
      name: 'Staf Teknis Baru',
      email: 'teknis2@lkpp.go.id',
      password: 'kata-sandi-teknis',
      roles: [{ unitCode: 'lkpp-ri', role: 'lkpp_teknis' }],
    });
    expect(national.statusCode, national.body).toBe(201);
    const onLpse = await c.admin.post('/api/admin/users', {
      name: 'Salah Tempat',
      email: 'teknis3@lkpp.go.id',
      password: 'kata-sandi-teknis',
      roles: [{ unitCode: UNIT, role: 'lkpp_teknis' }],
    });
    expect(onLpse.statusCode).toBe(400);
  });
});
