import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, json, PORTAL_QUESTION, problem, signInCast, type Cast } from '../../../test-support/api.js';
import type { TicketBody, TicketDetailBody, TicketListBody } from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

type Who = keyof Cast | 'stranger';

/**
 * Every role against every action on a fresh portal question held by the helpdesk: the
 * status each one gets. 404 where the ticket must not even be seen to exist.
 */
const ACTIONS: ReadonlyArray<{ name: string; path: string; body: object; expect: Record<Who, number> }> = [
  {
    name: 'read',
    path: '',
    body: {},
    expect: {
      helpdesk: 200,
      adminppe: 200,
      kepala: 200,
      admin: 200,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 200,
      stranger: 404,
      anonymous: 401,
    },
  },
  {
    name: 'public reply',
    path: 'replies',
    body: { body: 'Jawaban publik' },
    expect: {
      helpdesk: 200,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 200,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'internal note',
    path: 'replies',
    body: { body: 'Catatan internal', internal: true },
    expect: {
      helpdesk: 200,
      adminppe: 200,
      kepala: 200,
      admin: 200,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'escalate',
    path: 'escalations',
    body: { to: 'admin_ppe', reason: 'Perlu Admin PPE' },
    expect: {
      helpdesk: 200,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'hand back',
    path: 'returns',
    body: { answer: 'Jawaban untuk helpdesk' },
    expect: {
      helpdesk: 409,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'ask the reporter',
    path: 'info-requests',
    body: { question: 'Mohon data tambahan' },
    expect: {
      helpdesk: 200,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'resolve',
    path: 'resolution',
    body: { answer: 'Sudah selesai' },
    expect: {
      helpdesk: 200,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'confirm',
    path: 'confirmation',
    body: { solved: true },
    expect: {
      helpdesk: 403,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 409,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'coordinate',
    path: 'coordination',
    body: { note: 'Catatan Kepala' },
    expect: {
      helpdesk: 403,
      adminppe: 403,
      kepala: 409,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'LKPP reference',
    path: 'lkpp-reference',
    body: { reference: 'LKPP-123' },
    expect: {
      helpdesk: 403,
      adminppe: 409,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'redirect to portal',
    path: 'redirect-to-portal',
    body: {},
    expect: {
      helpdesk: 409,
      adminppe: 403,
      kepala: 403,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
  {
    name: 'close',
    path: 'closure',
    body: { reason: 'Dikonfirmasi lewat telepon' },
    expect: {
      helpdesk: 409,
      adminppe: 403,
      kepala: 409,
      admin: 403,
      lkpp: 404,
      lkppTeknis: 404,
      penyedia: 403,
      stranger: 404,
      anonymous: 404,
    },
  },
];

describe.each(TEST_DIALECTS)('who may do what to a ticket, on %s', (dialect) => {
  let t: TestApp;
  let c: Cast & { stranger: Cast['penyedia'] };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const cast = await signInCast(t);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        name: 'PT Lain',
        email: 'lain@vendor.id',
        password: 'kata-sandi-lain',
        phone: '0811111111',
        userType: 'penyedia',
        organization: 'PT Lain',
      },
    });
    c = { ...cast, stranger: as(t, await t.login('lain@vendor.id', 'kata-sandi-lain')) };
  });
  afterAll(async () => {
    await t.close();
  });

  for (const action of ACTIONS) {
    it(`${action.name}: ${Object.entries(action.expect)
      .map(([w, s]) => `${w} ${s}`)
      .join(', ')}`, async () => {
      for (const [who, status] of Object.entries(action.expect) as [Who, number][]) {
        const { ticket } = await c.penyedia.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>);
        const url = `/api/tickets/${ticket.code}${action.path ? `/${action.path}` : ''}`;
        const res = action.path ? await c[who].post(url, action.body) : await c[who].get(url);
        expect(res.statusCode, `${who} → ${action.name}: ${res.body}`).toBe(status);
      }
    });
  }
});

describe.each(TEST_DIALECTS)('who sees what, on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('masks contact data for the Kepala and administrators, not for the helpdesk', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        description: 'Menanyakan jadwal pelatihan SPSE.',
        reporter: {
          name: 'Pak Anwar',
          address: 'Jl. Ahmad Yani 1',
          phone: '081266001234',
          email: 'anwar@contoh.id',
        },
      }),
    );
    const full = (await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).ticket
      .reporter;
    expect(full).toMatchObject({
      name: 'Pak Anwar',
      phone: '081266001234',
      email: 'anwar@contoh.id',
      address: 'Jl. Ahmad Yani 1',
      masked: false,
    });
    for (const who of ['kepala', 'admin'] as const) {
      const masked = (await c[who].get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).ticket
        .reporter;
      expect(masked).toMatchObject({
        name: 'Pak Anwar',
        phone: '0812******34',
        email: 'a***@contoh.id',
        address: '***',
        masked: true,
      });
    }
  });

  it('hides an anonymous reporter from everyone but the staff member who logged it', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'phone',
        kind: 'complaint',
        anonymous: true,
        purpose: 'Mengadukan petugas',
        description: 'Petugas tidak ramah saat melayani.',
        reporter: { name: 'Penelepon Rahasia', phone: '081300000000' },
      }),
    );
    expect(
      (await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).ticket.reporter.name,
    ).toBe('Penelepon Rahasia');
    for (const who of ['kepala', 'adminppe', 'admin'] as const) {
      const seen = await c[who].get(`/api/tickets/${ticket.code}`);
      expect(json<TicketDetailBody>(seen).ticket.reporter).toMatchObject({ name: null, phone: null });
      expect(seen.body).not.toContain('Penelepon Rahasia');
      expect(seen.body).not.toContain('081300000000');
      const listed = await c[who].get('/api/tickets?limit=100');
      expect(json<TicketListBody>(listed).tickets.find((x) => x.code === ticket.code)?.reporter).toEqual({
        name: null,
        organization: null,
        hasAccount: false,
        hidden: true,
      });
      expect(listed.body).not.toContain('Penelepon Rahasia');
    }
    const ownList = (await c.helpdesk.get('/api/tickets?limit=100').then(json<TicketListBody>)).tickets;
    expect(ownList.find((x) => x.code === ticket.code)?.reporter).toMatchObject({
      name: 'Penelepon Rahasia',
      hidden: false,
    });
  });

  it("lists tickets without their description or the reporter's contact details, which only the ticket itself carries", async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        subject: 'Jadwal pelatihan',
        description: 'Uraian panjang yang hanya tampil di halaman tiket.',
        reporter: {
          name: 'Bu Sari',
          address: 'Jl. Sudirman 9',
          phone: '081277001122',
          email: 'sari@contoh.id',
          organization: 'CV Sari',
        },
      }),
    );
    const listed = await c.helpdesk.get('/api/tickets?limit=100');
    const item = json<TicketListBody>(listed).tickets.find((x) => x.code === ticket.code);
    expect(item).toMatchObject({
      code: ticket.code,
      subject: ticket.subject,
      status: 'new',
      reporter: { name: 'Bu Sari', organization: 'CV Sari', hasAccount: false, hidden: false },
      sla: { dueAt: ticket.sla.dueAt },
    });
    for (const absent of ['Uraian panjang', 'Jl. Sudirman', '081277001122', 'sari@contoh.id'])
      expect(listed.body).not.toContain(absent);
    expect(item).not.toHaveProperty('allowedActions');
    const page = (await c.helpdesk.get(`/api/tickets/${ticket.code}`).then(json<TicketDetailBody>)).ticket;
    expect(page).toMatchObject({
      description: 'Uraian panjang yang hanya tampil di halaman tiket.',
      reporter: { phone: '081277001122', email: 'sari@contoh.id' },
    });
  });

  it('keeps a confidential complaint from administrators and out of their queue', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        kind: 'complaint',
        confidential: true,
        description: 'Dugaan pungutan liar oleh oknum.',
        reporter: { name: 'Saksi', address: 'Payakumbuh', phone: '0812000111' },
      }),
    );
    expect((await c.kepala.get(`/api/tickets/${ticket.code}`)).statusCode).toBe(200);
    expect((await c.admin.get(`/api/tickets/${ticket.code}`)).statusCode).toBe(404);
    const queue = (await c.admin.get('/api/tickets?limit=100').then(json<TicketListBody>)).tickets.map(
      (x) => x.code,
    );
    expect(queue).not.toContain(ticket.code);
  });

  it("never shows another unit's tickets, and refuses without saying whether they exist", async () => {
    const file = (
      await import('../../../../config/units/lpse-kota-payakumbuh.json', { with: { type: 'json' } })
    ).default;
    await c.admin.put('/api/units/lpse-kota-bukittinggi', {
      ...file,
      code: 'lpse-kota-bukittinggi',
      name: 'LPSE Kota Bukittinggi',
      ticketPrefix: 'BKT',
    });
    await c.admin.post('/api/admin/users', {
      name: 'Helpdesk Bukittinggi',
      email: 'hd@bukittinggi.go.id',
      password: 'kata-sandi-bkt',
      roles: [{ unitCode: 'lpse-kota-bukittinggi', role: 'helpdesk' }],
    });
    const other = as(t, await t.login('hd@bukittinggi.go.id', 'kata-sandi-bkt'));
    const { ticket } = await c.penyedia.post('/api/tickets', PORTAL_QUESTION).then(json<TicketBody>);
    const seen = await other.get(`/api/tickets/${ticket.code}`);
    const missing = await other.get('/api/tickets/PYK-2026-999999');
    expect(seen.statusCode).toBe(404);
    expect(problem(seen).code).toBe(problem(missing).code);
    expect((await other.get('/api/tickets').then(json<TicketListBody>)).tickets).toEqual([]);
    const theirs = await other.post('/api/tickets', {
      channel: 'walk_in',
      unitCode: 'lpse-kota-bukittinggi',
      description: 'Pertanyaan di Bukittinggi.',
      reporter: { name: 'Warga', address: 'Bukittinggi', phone: '0752 22222' },
    });
    expect(json<TicketBody>(theirs).ticket.code).toMatch(/^BKT-2026-000001$/);
    const cross = await other.post('/api/tickets', {
      channel: 'walk_in',
      unitCode: 'lpse-kota-payakumbuh',
      description: 'Mencoba mencatat di unit lain.',
      reporter: { name: 'Warga', address: 'Bukittinggi', phone: '0752 22222' },
    });
    expect(cross.statusCode).toBe(403);
  });

  it('creates tickets on every staff channel with the fields each needs, and refuses email from the form', async () => {
    const phone = await c.helpdesk.post('/api/tickets', {
      channel: 'phone',
      description: 'Penelepon lupa kata sandi SPSE.',
    });
    expect(phone.statusCode).toBe(400);
    expect(problem(phone).errors?.map((e) => e.field)).toEqual([
      'reporter.name',
      'reporter.phone',
      'purpose',
    ]);
    const slip = await c.helpdesk.post('/api/tickets', {
      channel: 'suggestion_box',
      description: 'Mohon disediakan ruang tunggu.',
    });
    expect(problem(slip).errors?.map((e) => e.field)).toEqual(['boxOpenedOn']);
    const email = await c.helpdesk.post('/api/tickets', {
      channel: 'email',
      description: 'Surat dari email.',
      reporter: { email: 'a@b.id' },
    });
    expect(email.statusCode).toBe(400);
    expect(problem(email).errors?.[0]?.field).toBe('channel');
    const portalByAnonymous = await c.anonymous.post('/api/tickets', PORTAL_QUESTION);
    expect(portalByAnonymous.statusCode).toBe(401);
    const badCategory = await c.penyedia.post('/api/tickets', {
      ...PORTAL_QUESTION,
      categoryCode: 'tidak-ada',
    });
    expect(problem(badCategory)).toMatchObject({
      code: 'category_not_found',
      errors: [{ field: 'categoryCode' }],
    });
    const noSubject = await c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, subject: undefined });
    expect(problem(noSubject).errors?.[0]?.field).toBe('subject');
    const walkInByVendor = await c.penyedia.post('/api/tickets', {
      channel: 'walk_in',
      unitCode: 'lpse-kota-payakumbuh',
      description: 'Vendor mencoba jalur staf.',
      reporter: { name: 'Xaverius', address: 'Y jalan', phone: '0812345678' },
    });
    expect(walkInByVendor.statusCode).toBe(403);
  });

  it('shows staff the open tickets by default, and the rest when asked', async () => {
    const { ticket } = json<TicketBody>(
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        description: 'Pertanyaan yang langsung terjawab di meja.',
        reporter: { name: 'Pak Rahmat', address: 'Payakumbuh', phone: '0752 95555' },
      }),
    );
    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, { answer: 'Sudah dijawab langsung.' });
    const codes = async (query: string) =>
      (
        await c.helpdesk
          .get(`/api/tickets?unitCode=lpse-kota-payakumbuh&limit=100${query}`)
          .then(json<TicketListBody>)
      ).tickets.map((x) => x.code);
    expect(await codes('')).not.toContain(ticket.code);
    expect(await codes('&open=false')).toContain(ticket.code);
    expect(await codes('&status=resolved')).toContain(ticket.code);
    expect(await codes('&sort=created')).toContain(ticket.code);
  });

  it('pages the queue by cursor and counts by status and tier', async () => {
    for (let i = 0; i < 5; i++)
      await c.penyedia.post('/api/tickets', {
        ...PORTAL_QUESTION,
        subject: `Pertanyaan nomor ${i} tentang jadwal`,
      });
    const first = await c.helpdesk.get('/api/tickets?limit=2&q=jadwal').then(json<TicketListBody>);
    expect(first.tickets).toHaveLength(2);
    const second = await c.helpdesk
      .get(`/api/tickets?limit=2&q=jadwal&cursor=${first.nextCursor}`)
      .then(json<TicketListBody>);
    const codes = [...first.tickets, ...second.tickets].map((x) => x.code);
    expect(new Set(codes).size).toBe(4);
    // A text search and later pages come uncounted; a first page counts.
    expect(first.counts).toBeNull();
    expect(second.counts).toBeNull();
    const firstPage = await c.helpdesk.get('/api/tickets?limit=2').then(json<TicketListBody>);
    expect(firstPage.counts!.byStatus.new).toBeGreaterThanOrEqual(5);
    expect(firstPage.counts!.openByTier.helpdesk).toBeGreaterThanOrEqual(5);
    const secondPage = await c.helpdesk
      .get(`/api/tickets?limit=2&cursor=${firstPage.nextCursor}`)
      .then(json<TicketListBody>);
    expect(secondPage.counts).toBeNull();
    const bad = await c.helpdesk.get('/api/tickets?cursor=rusak');
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).errors?.[0]?.field).toBe('cursor');
    const badStatus = await c.helpdesk.get('/api/tickets?status=selesai');
    expect(problem(badStatus).errors?.[0]?.field).toBe('status');
  });

  it('walks the whole queue page by page in the order of one long page, without a ticket lost or shown twice', async () => {
    // Created together, so several share a due time and the cursor must order them by id.
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, subject: `Pertanyaan serentak ${i}` }),
      ),
    );
    for (const sort of ['due', 'created'] as const) {
      const whole = (
        await c.helpdesk.get(`/api/tickets?limit=100&sort=${sort}`).then(json<TicketListBody>)
      ).tickets.map((x) => x.code);
      expect(whole.length).toBeGreaterThanOrEqual(7);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: TicketListBody = json<TicketListBody>(
          await c.helpdesk.get(`/api/tickets?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`),
        );
        walked.push(...page.tickets.map((x) => x.code));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked, sort).toEqual(whole);
    }
  });
});
