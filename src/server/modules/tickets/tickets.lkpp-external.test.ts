import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, json, problem, signInCast, type Cast, type Caller } from '../../../test-support/api.js';
import type { MeBody, TicketBody, TicketDetailBody, TicketListBody } from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import file from '../../../../config/units/lpse-kota-payakumbuh.json' with { type: 'json' };

const UNIT = 'lpse-kabupaten-agam';

describe.each(TEST_DIALECTS)('a unit whose LKPP-RI helpdesk is external, on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  let helpdesk: Caller;
  let adminPpe: Caller;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
    await c.admin.put(`/api/units/${UNIT}`, {
      ...file,
      code: UNIT,
      name: 'LPSE Kabupaten Agam',
      ticketPrefix: 'AGM',
      lkppMode: 'external',
    });
    for (const [email, role] of [
      ['hd@agam.go.id', 'helpdesk'],
      ['ppe@agam.go.id', 'admin_ppe'],
    ] as const) {
      const res = await c.admin.post('/api/admin/users', {
        name: `Staf ${role}`,
        email,
        password: 'kata-sandi-agam',
        roles: [{ unitCode: UNIT, role }],
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    helpdesk = as(t, await t.login('hd@agam.go.id', 'kata-sandi-agam'));
    adminPpe = as(t, await t.login('ppe@agam.go.id', 'kata-sandi-agam'));
  });
  afterAll(async () => {
    await t.close();
  });

  it("records LKPP's reference and relays its answer; LKPP staff on this deployment never see it", async () => {
    const { ticket } = json<TicketBody>(
      await helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        unitCode: UNIT,
        description: 'Dokumen penawaran tidak dapat didekripsi oleh Pokja.',
        reporter: { name: 'Pak Datuak', address: 'Lubuk Basung', phone: '0752 76543' },
      }),
    );
    await helpdesk.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Masalah dekripsi',
    });
    const up = await adminPpe.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'lkpp',
      reason: 'Perlu Helpdesk Teknis LKPP',
    });
    expect(json<TicketBody>(up).ticket).toMatchObject({ tier: 'lkpp', lkppMode: 'external' });
    expect((await c.lkpp.get(`/api/tickets/${ticket.code}`)).statusCode).toBe(404);
    // The chain ends at Helpdesk Eproc LKPP here: its Helpdesk Teknis is not this deployment's.
    expect((await c.lkppTeknis.get(`/api/tickets/${ticket.code}`)).statusCode).toBe(404);
    expect(
      (await adminPpe.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).ticket,
    ).toMatchObject({
      escalateTo: null,
      returnTo: 'admin_ppe',
    });
    const further = await adminPpe.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'lkpp_teknis',
      reason: 'Perlu Helpdesk Teknis LKPP',
    });
    expect(further.statusCode).toBe(409);
    expect(problem(further).code).toBe('escalation_must_go_up_one_tier');

    const early = await helpdesk.post(`/api/tickets/${ticket.code}/lkpp-reference`, {
      reference: 'LKPP-2026-77881',
    });
    expect(early.statusCode).toBe(403);
    const ref = await adminPpe.post(`/api/tickets/${ticket.code}/lkpp-reference`, {
      reference: 'LKPP-2026-77881',
    });
    expect(json<TicketBody>(ref).ticket.lkppReference).toBe('LKPP-2026-77881');

    const back = await adminPpe.post(`/api/tickets/${ticket.code}/returns`, {
      answer: 'Jawaban LKPP: gunakan kunci publik terbaru lalu enkripsi ulang.',
    });
    expect(json<TicketBody>(back).ticket.tier).toBe('admin_ppe');
    const history = (await helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).history;
    expect(history.map((e) => e.type)).toEqual([
      'created',
      'escalated',
      'escalated',
      'lkpp_reference_recorded',
      'returned',
    ]);
    expect(history[3]!.data.reference).toBe('LKPP-2026-77881');
  });

  it('refuses an LKPP reference in hosted mode', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        description: 'Pertanyaan untuk LKPP pusat.',
        reporter: { name: 'Ibu Nur', address: 'Payakumbuh', phone: '0752 90000' },
      }),
    );
    await c.helpdesk.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu Admin PPE',
    });
    await c.adminppe.post(`/api/tickets/${ticket.code}/escalations`, { to: 'lkpp', reason: 'Perlu LKPP' });
    const res = await c.adminppe.post(`/api/tickets/${ticket.code}/lkpp-reference`, { reference: 'LKPP-1' });
    expect(res.statusCode).toBe(409);
    expect(problem(res).code).toBe('lkpp_reference_external_only');
  });
});

describe.each(TEST_DIALECTS)('categories and assignment on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds the categories of the unit file and lets the helpdesk add and retire one', async () => {
    const list = (await c.anonymous.get('/api/units/lpse-kota-payakumbuh/categories')).json().categories;
    expect(list.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining([
        'Akun & Registrasi/Verifikasi',
        'Error aplikasi SPSE',
        'Keluhan layanan LPSE',
        'Lainnya',
      ]),
    );
    expect(list).toHaveLength(10);
    const added = await c.helpdesk.put('/api/units/lpse-kota-payakumbuh/categories/pelatihan', {
      name: 'Pelatihan SPSE',
      nameEn: 'SPSE training',
    });
    expect(added.statusCode, added.body).toBe(200);
    const retired = await c.helpdesk.put('/api/units/lpse-kota-payakumbuh/categories/sirup', {
      name: 'SiRUP',
      nameEn: 'SiRUP',
      isActive: false,
    });
    expect(retired.json().isActive).toBe(false);
    const after = (await c.anonymous.get('/api/units/lpse-kota-payakumbuh/categories'))
      .json()
      .categories.map((x: { code: string }) => x.code);
    expect(after).toContain('pelatihan');
    expect(after).not.toContain('sirup');
    expect(
      (
        await c.penyedia.put('/api/units/lpse-kota-payakumbuh/categories/x-y', {
          name: 'Nakal',
          nameEn: 'Naughty',
        })
      ).statusCode,
    ).toBe(403);
    const bad = await c.helpdesk.put('/api/units/lpse-kota-payakumbuh/categories/Bad Code', {
      name: 'X',
      nameEn: 'Y',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('assigns a ticket to a staff member and filters the queue by assignee', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        description: 'Pertanyaan yang akan ditugaskan.',
        reporter: { name: 'Ibu Lina', address: 'Payakumbuh', phone: '0752 91111' },
      }),
    );
    const me = (await c.helpdesk.get('/api/me').then(json<MeBody>)).user;
    const assigned = await c.helpdesk.post(`/api/tickets/${ticket.code}/assignment`, { assigneeId: me.id });
    expect(json<TicketBody>(assigned).ticket.assignee).toEqual({ id: me.id, name: 'Rina Helpdesk' });
    const mine = (
      await c.helpdesk.get(`/api/tickets?assignee=${me.id}`).then(json<TicketListBody>)
    ).tickets.map((x) => x.code);
    expect(mine).toEqual([ticket.code]);
    const nobody = await c.helpdesk.post(`/api/tickets/${ticket.code}/assignment`, {
      assigneeId: 'tidak-ada',
    });
    expect(problem(nobody).errors?.[0]?.field).toBe('assigneeId');
  });
});
