import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, json, PORTAL_QUESTION, problem, signInCast, type Cast } from '../../../test-support/api.js';
import type {
  RedirectedBody,
  TicketBody,
  TicketDetailBody,
  TicketListBody,
} from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const UNIT = 'lpse-kota-payakumbuh';

describe.each(TEST_DIALECTS)('stories of the service standard on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const history = async (code: string) =>
    (await c.helpdesk.get(`/api/tickets/${code}`).then(json<TicketDetailBody>)).history.map((e) => e.type);

  it('1a/2: a portal question goes helpdesk → Admin PPE → LKPP-RI and the answer comes back to the vendor', async () => {
    const created = await c.penyedia.post('/api/tickets', PORTAL_QUESTION);
    expect(created.statusCode, created.body).toBe(201);
    const ticket = json<TicketBody>(created).ticket;
    expect(ticket.code).toMatch(/^PYK-2026-\d{6}$/);
    expect(ticket).toMatchObject({
      status: 'new',
      tier: 'helpdesk',
      channel: 'portal',
      kind: 'question',
      version: 1,
    });
    expect(ticket.trackingPin).toBeUndefined();
    const code = ticket.code;

    const queue = await c.helpdesk.get(`/api/tickets?unitCode=${UNIT}&unopened=true`);
    expect(json<TicketListBody>(queue).tickets.map((x) => x.code)).toContain(code);
    expect(json<TicketListBody>(queue).tickets.find((x) => x.code === code)?.isUnopened).toBe(true);

    const up1 = await c.helpdesk.post(`/api/tickets/${code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu pengecekan log server SPSE',
      version: 1,
    });
    expect(up1.statusCode, up1.body).toBe(200);
    expect(json<TicketBody>(up1).ticket).toMatchObject({
      tier: 'admin_ppe',
      status: 'in_progress',
      version: 2,
    });

    // LKPP-RI does not see it before it reaches them.
    expect((await c.lkpp.get(`/api/tickets/${code}`)).statusCode).toBe(404);
    const up2 = await c.adminppe.post(`/api/tickets/${code}/escalations`, {
      to: 'lkpp',
      reason: 'Galat di sisi aplikasi SPSE pusat',
    });
    expect(json<TicketBody>(up2).ticket.tier).toBe('lkpp');
    const lkppQueue = await c.lkpp.get('/api/tickets?tier=lkpp');
    expect(json<TicketListBody>(lkppQueue).tickets.map((x) => x.code)).toContain(code);

    const answer = 'Silakan perbarui Apendo ke versi terbaru lalu unggah ulang.';
    const resolved = await c.lkpp.post(`/api/tickets/${code}/resolution`, { answer });
    expect(json<TicketBody>(resolved).ticket).toMatchObject({ status: 'resolved' });

    const mine = await c.penyedia.get(`/api/tickets/${code}`);
    expect(json<TicketDetailBody>(mine).messages.map((m) => m.body)).toContain(answer);
    expect(json<TicketDetailBody>(mine).ticket.allowedActions).toEqual([
      'confirm',
      'reject_resolution',
      'attach',
    ]);
    const confirmed = await c.penyedia.post(`/api/tickets/${code}/confirmation`, {
      solved: true,
      comment: 'Terima kasih, sudah berhasil.',
    });
    expect(json<TicketBody>(confirmed).ticket.status).toBe('closed');

    expect(await history(code)).toEqual(['created', 'escalated', 'escalated', 'resolved', 'confirmed']);
    const detail = await c.helpdesk.get(`/api/tickets/${code}`).then(json<TicketDetailBody>);
    expect(detail.history[1]).toMatchObject({
      type: 'escalated',
      reason: 'Perlu pengecekan log server SPSE',
      actor: { name: 'Rina Helpdesk' },
      party: 'helpdesk',
    });
  });

  it('1b.5: a phone call with no Admin PPE reachable is redirected to the portal and claimed there', async () => {
    expect((await c.adminppe.put('/api/me/availability', { availability: 'unreachable' })).statusCode).toBe(
      200,
    );
    const logged = await c.helpdesk.post('/api/tickets', {
      channel: 'phone',
      purpose: 'Menanyakan aktivasi akun penyedia',
      description: 'Penelepon belum menerima email aktivasi akun SPSE setelah verifikasi.',
      reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900', organization: 'CV Lembah Harau' },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const { code, trackingPin } = json<TicketBody>(logged).ticket;
    expect(trackingPin).toMatch(/^\d{8}$/);
    expect(json<TicketBody>(logged).ticket.allowedActions).toContain('redirect_to_portal');

    const refused = await c.helpdesk.post(`/api/tickets/${code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Butuh reset aktivasi',
    });
    expect(refused.statusCode).toBe(409);
    expect(problem(refused).code).toBe('admin_ppe_unreachable');
    expect(problem(refused).detail).toContain('LPSE Support');

    const redirected = await c.helpdesk.post(`/api/tickets/${code}/redirect-to-portal`);
    expect(redirected.statusCode, redirected.body).toBe(200);
    const claimUrl = new URL(json<RedirectedBody>(redirected).claimUrl);
    expect(claimUrl.pathname).toBe(`/klaim/${code}`);
    expect(json<RedirectedBody>(redirected).ticket).toMatchObject({
      status: 'waiting_reporter',
      awaitingClaim: true,
    });

    const wrong = await c.penyedia.post(`/api/tickets/${code}/claim`, { token: 'x'.repeat(32) });
    expect(wrong.statusCode).toBe(403);
    expect(problem(wrong).code).toBe('claim_token_invalid');
    const claimed = await c.penyedia.post(`/api/tickets/${code}/claim`, {
      token: claimUrl.searchParams.get('token'),
    });
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(json<TicketBody>(claimed).ticket).toMatchObject({
      channel: 'portal',
      originChannel: 'phone',
      status: 'in_progress',
      awaitingClaim: false,
    });
    const again = await c.penyedia.post(`/api/tickets/${code}/claim`, {
      token: claimUrl.searchParams.get('token'),
    });
    expect(again.statusCode).toBe(403);

    const mine = await c.penyedia.get('/api/tickets');
    expect(json<TicketListBody>(mine).tickets.map((x) => x.code)).toContain(code);
    expect(await history(code)).toEqual(['created', 'redirected_to_portal', 'claimed']);
    await c.adminppe.put('/api/me/availability', { availability: 'available' });
  });

  it('1c: a walk-in visitor must give name, address and phone; answered directly, followed by code and PIN', async () => {
    const visit = {
      channel: 'walk_in',
      description: 'Menanyakan cara mengubah alamat email akun penyedia.',
      reporter: { name: 'Ibu Ratna', phone: '0752 93456' },
    };
    const incomplete = await c.helpdesk.post('/api/tickets', visit);
    expect(incomplete.statusCode).toBe(400);
    expect(problem(incomplete).errors).toEqual([
      expect.objectContaining({ field: 'reporter.address', code: 'required' }),
    ]);
    const none = await c.helpdesk.post('/api/tickets', {
      channel: 'walk_in',
      description: 'Pertanyaan tanpa identitas sama sekali.',
    });
    expect(problem(none).errors?.map((e) => e.field)).toEqual([
      'reporter.name',
      'reporter.address',
      'reporter.phone',
    ]);
    const count = await t.database.db
      .selectFrom('tickets')
      .select('id')
      .where('channel', '=', 'walk_in')
      .execute();
    expect(count).toHaveLength(0);

    const created = await c.helpdesk.post('/api/tickets', {
      ...visit,
      reporter: { ...visit.reporter, address: 'Jl. Sudirman No. 5, Payakumbuh' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { code, trackingPin } = json<TicketBody>(created).ticket;
    const answer = 'Ajukan Verifikasi Perubahan Data dengan membawa KTP dan surat permohonan.';
    await c.helpdesk.post(`/api/tickets/${code}/resolution`, { answer });

    const tracked = await c.anonymous.get(`/api/track/${code}?pin=${trackingPin}`);
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json()).toMatchObject({ code, status: 'resolved', tier: 'helpdesk' });
    expect(tracked.json().replies).toEqual([expect.objectContaining({ from: 'staff', body: answer })]);
    expect(tracked.body).not.toContain('0752');
    expect(tracked.body).not.toContain('Sudirman');
    const wrongPin = await c.anonymous.get(`/api/track/${code}?pin=00000000`);
    expect(wrongPin.statusCode).toBe(404);
    expect((await c.anonymous.get(`/api/track/PYK-2026-999999?pin=${trackingPin}`)).json()).toMatchObject({
      code: problem(wrongPin).code,
      status: 404,
    });

    const confirmed = await c.anonymous.post(`/api/tickets/${code}/confirmation`, {
      solved: true,
      pin: trackingPin,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(json<TicketBody>(confirmed).ticket.status).toBe('closed');
  });

  it('complaints: a suggestion-box slip is coordinated with the Kepala LPSE before it closes', async () => {
    const slip = await c.helpdesk.post('/api/tickets', {
      channel: 'suggestion_box',
      boxOpenedOn: '2026-03-02',
      description: 'Antrian di meja helpdesk terlalu lama pada hari Senin pagi.',
    });
    expect(slip.statusCode, slip.body).toBe(201);
    const ticket = json<TicketBody>(slip).ticket;
    expect(ticket).toMatchObject({
      kind: 'complaint',
      anonymous: true,
      coordination: { kepalaInformedAt: null, notedAt: null },
    });

    const awaiting = await c.kepala.get('/api/tickets?awaitingKepala=true');
    expect(json<TicketListBody>(awaiting).tickets.map((x) => x.code)).toContain(ticket.code);
    const opened = await c.kepala.get(`/api/tickets/${ticket.code}`);
    expect(json<TicketDetailBody>(opened).ticket.coordination!.kepalaInformedAt).not.toBeNull();

    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, {
      answer: 'Ditambah satu petugas helpdesk pada Senin pagi.',
    });
    const early = await c.helpdesk.post(`/api/tickets/${ticket.code}/closure`, {
      reason: 'Kotak saran anonim, tidak ada yang dapat mengonfirmasi',
    });
    expect(early.statusCode).toBe(409);
    expect(problem(early).code).toBe('coordination_required');

    const note = await c.kepala.post(`/api/tickets/${ticket.code}/coordination`, {
      note: 'Setuju menambah petugas; dievaluasi bulan depan.',
    });
    expect(note.statusCode, note.body).toBe(200);
    expect(json<TicketBody>(note).ticket.coordination!.notedAt).not.toBeNull();
    const closed = await c.helpdesk.post(`/api/tickets/${ticket.code}/closure`, {
      reason: 'Kotak saran anonim, tidak ada yang dapat mengonfirmasi',
    });
    expect(json<TicketBody>(closed).ticket.status).toBe('closed');
    expect(
      (await c.kepala.get('/api/tickets?awaitingKepala=true').then(json<TicketListBody>)).tickets.map(
        (x) => x.code,
      ),
    ).not.toContain(ticket.code);
    expect(await history(ticket.code)).toEqual(['created', 'resolved', 'coordinated', 'closed_by_staff']);
  });

  it('a stale change answers 409 and loses nothing', async () => {
    const { ticket } = await c.penyedia.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>);
    const first = await c.helpdesk.post(`/api/tickets/${ticket.code}/replies`, {
      body: 'Sedang kami periksa.',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const stale = await c.helpdesk.post(`/api/tickets/${ticket.code}/replies`, {
      body: 'Balasan berdasarkan versi lama.',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(problem(stale)).toMatchObject({ code: 'version_conflict' });
    const detail = await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>);
    expect(detail.messages.map((m) => m.body)).toEqual(['Sedang kami periksa.']);
    expect(detail.ticket.version).toBe(2);
  });

  it('a reporter who says "not solved" sends it back to whoever resolved it, and the wait for them pauses', async () => {
    const { ticket } = await c.penyedia.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>);
    await c.helpdesk.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu akses server',
    });
    const asked = await c.adminppe.post(`/api/tickets/${ticket.code}/info-requests`, {
      question: 'Mohon kirim tangkapan layar pesan galatnya.',
    });
    expect(json<TicketBody>(asked).ticket.status).toBe('waiting_reporter');
    const answered = await c.penyedia.post(`/api/tickets/${ticket.code}/replies`, {
      body: 'Pesan galat: 500 Internal Server Error.',
    });
    expect(json<TicketBody>(answered).ticket.status).toBe('in_progress');
    const handedBack = await c.adminppe.post(`/api/tickets/${ticket.code}/returns`, {
      answer: 'Sudah diperbaiki di server; sampaikan ke pelapor.',
    });
    expect(json<TicketBody>(handedBack).ticket.tier).toBe('helpdesk');
    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, {
      answer: 'Server telah diperbaiki, silakan coba lagi.',
    });
    const notSolved = await c.penyedia.post(`/api/tickets/${ticket.code}/confirmation`, {
      solved: false,
      comment: 'Masih galat.',
    });
    expect(json<TicketBody>(notSolved).ticket).toMatchObject({ status: 'in_progress', tier: 'helpdesk' });
    const internal = (
      await c.penyedia.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)
    ).messages.map((m) => m.purpose);
    expect(internal).not.toContain('handback');
    expect(await history(ticket.code)).toEqual([
      'created',
      'escalated',
      'info_requested',
      'reporter_answered',
      'returned',
      'resolved',
      'reopened',
    ]);
  });

  it("staff log the answer a reporter gave by telephone: it is the reporter's answer, marked as logged by staff", async () => {
    const { ticket } = await c.penyedia.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>);
    await c.helpdesk.post(`/api/tickets/${ticket.code}/info-requests`, {
      question: 'Paket nomor berapa yang gagal diunggah?',
    });
    const logged = await c.helpdesk.post(`/api/tickets/${ticket.code}/replies`, {
      body: 'Lewat telepon: paket 10023456.',
      fromReporter: true,
    });
    expect(logged.statusCode, logged.body).toBe(200);
    expect(json<TicketBody>(logged).ticket.status).toBe('in_progress');
    const detail = await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>);
    expect(detail.history.at(-1)).toMatchObject({
      type: 'reporter_answered',
      party: 'helpdesk',
      data: { loggedByStaff: true },
    });
    expect(detail.messages.at(-1)).toMatchObject({
      purpose: 'reporter_answer',
      body: 'Lewat telepon: paket 10023456.',
    });
    // The reporter's own answer is not marked, and a staff reply is a reply.
    await c.helpdesk.post(`/api/tickets/${ticket.code}/info-requests`, {
      question: 'Browser apa yang dipakai?',
    });
    await c.penyedia.post(`/api/tickets/${ticket.code}/replies`, { body: 'Chrome versi terbaru.' });
    await c.helpdesk.post(`/api/tickets/${ticket.code}/replies`, { body: 'Terima kasih, kami periksa.' });
    const history = (
      await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)
    ).history.slice(-3);
    expect(history.map((e) => [e.type, e.data.loggedByStaff ?? null])).toEqual([
      ['info_requested', null],
      ['reporter_answered', null],
      ['replied', null],
    ]);
  });

  it("numbers tickets by the year of the unit's own zone: 00:30 WIB on 1 January is the new year, 17:30 UTC on 31 December", async () => {
    t.clock.set(new Date('2026-12-31T16:50:00Z')); // 23:50 WIB, still 2026
    const vendor = as(t, await t.login('penyedia@demo.test')); // the earlier session has lapsed by December
    const late = (await vendor.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>)).ticket.code;
    t.clock.set(new Date('2026-12-31T17:30:00Z')); // 00:30 WIB on 1 January 2027
    const early = (await vendor.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>)).ticket.code;
    expect(late).toMatch(/^PYK-2026-\d{6}$/);
    expect(early).toBe('PYK-2027-000001');
  });
});
