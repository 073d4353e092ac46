import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION, signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../../test-support/smtp-sink.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { sweepSla } from '../../jobs/sla-sweep.js';
import { sendOutbox } from './send-outbox.js';

const PHONE_CALL = {
  unitCode: 'lpse-kota-payakumbuh',
  channel: 'phone',
  purpose: 'Menanyakan jadwal pembuktian kualifikasi',
  description: 'Penelepon menanyakan jadwal pembuktian kualifikasi paket 10023456.',
  reporter: { name: 'Andi Saputra', phone: '0812-7777-1234', email: 'andi@penyedia.example' },
} as const;

describe.each(TEST_DIALECTS)('mail out through a real SMTP server on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(dialect, {
      config: { smtpUrl: sink.url, mailFrom: { name: 'Tanggap', address: 'helpdesk@tanggap.test' } },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    c = await signInCast(t);
    sink.received.length = 0;
  });

  /** Runs the outbox sender; answers what arrived during this run. */
  const deliver = async () => {
    const before = sink.received.length;
    await sendOutbox(t.ctx);
    return sink.received.slice(before);
  };
  const to = (mails: readonly ReceivedMail[], address: string) => mails.filter((m) => m.to.includes(address));

  it('acknowledges a phone caller with the code, the tracking link and the PIN, and threads the replies', async () => {
    await t.database.db.updateTable('users').set({ locale: 'id' }).execute();
    const created = (await c.helpdesk.post('/api/tickets', PHONE_CALL)).json().ticket;
    const [ack] = to(await deliver(), 'andi@penyedia.example');
    expect(ack, 'acknowledgement').toBeDefined();
    const p = ack!.parsed;
    expect(p.subject).toBe(`[${created.code}] Tiket diterima: ${created.subject}`);
    expect(p.text).toContain(created.trackingPin);
    expect(p.text).toContain(`http://localhost:3000/lacak?kode=${created.code}`);
    expect(p.html).toContain(
      `<strong style="font-size:20px;letter-spacing:2px;font-family:monospace">${created.trackingPin}</strong>`,
    );
    expect(p.headers.get('auto-submitted')).toBe('auto-generated');
    expect(p.replyTo?.text).toBe('helpdesk.lpse.pyk@gmail.com');
    expect(p.from?.value[0]).toMatchObject({
      address: 'helpdesk@tanggap.test',
      name: 'LPSE Kota Payakumbuh',
    });
    expect(p.messageId).toMatch(/^<.+@tanggap\.test>$/);
    // The PIN is not kept once the mail has left.
    const stored = await t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('kind', '=', 'reporter_acknowledgement')
      .where('to_address', '=', 'andi@penyedia.example')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'sent', text_body: '', html_body: '' });

    await c.helpdesk.post(`/api/tickets/${created.code}/replies`, {
      body: 'Jadwal pembuktian kualifikasi adalah Senin pukul 09.00 WIB.',
    });
    await c.helpdesk.post(`/api/tickets/${created.code}/info-requests`, {
      question: 'Mohon kirimkan nama perusahaan Anda.',
    });
    await c.helpdesk.post(`/api/tickets/${created.code}/replies`, {
      body: 'Catatan internal: sudah dicek.',
      internal: true,
    });
    const [reply, question] = to(await deliver(), 'andi@penyedia.example');
    expect(reply!.parsed.subject).toBe(`[${created.code}] Tanggapan: ${created.subject}`);
    expect(reply!.parsed.text).toContain('Jadwal pembuktian kualifikasi adalah Senin pukul 09.00 WIB.');
    expect(reply!.parsed.inReplyTo).toBe(p.messageId);
    expect(question!.parsed.subject).toContain('Mohon data tambahan');
    expect(question!.parsed.inReplyTo).toBe(reply!.parsed.messageId);
    expect(question!.parsed.references).toEqual([p.messageId, reply!.parsed.messageId]);
    expect(sink.received.some((m) => m.parsed.text?.includes('Catatan internal'))).toBe(false);

    await c.helpdesk.post(`/api/tickets/${created.code}/resolution`, {
      answer: 'Jadwal sudah kami kirimkan.',
    });
    const [resolution] = to(await deliver(), 'andi@penyedia.example');
    expect(resolution!.parsed.subject).toBe(`[${created.code}] Tiket diselesaikan: ${created.subject}`);
    expect(resolution!.parsed.text).toContain(
      `http://localhost:3000/lacak?kode=${created.code}&aksi=selesai`,
    );
    expect(resolution!.parsed.text).toContain(
      `http://localhost:3000/lacak?kode=${created.code}&aksi=belum-selesai`,
    );
    expect(resolution!.parsed.text).toContain('Masukkan PIN');
    expect(resolution!.parsed.text).not.toContain(created.trackingPin);
  });

  it('writes to a portal user in their language, without a PIN, and to the helpdesk about the new ticket', async () => {
    await t.database.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('email', 'in', ['penyedia@demo.test', 'adminppe@demo.test'])
      .execute();
    const ticket = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json().ticket;
    const mails = await deliver();
    const [ack] = to(mails, 'penyedia@demo.test');
    expect(ack!.parsed.subject).toBe(`[${ticket.code}] Ticket received: ${PORTAL_QUESTION.subject}`);
    expect(ack!.parsed.text).toContain(`http://localhost:3000/tiket/${ticket.code}`);
    expect(ack!.parsed.text).not.toMatch(/PIN/);
    expect(ack!.parsed.html).toContain('<html lang="en">');
    const [notice] = to(mails, 'helpdesk@demo.test');
    expect(notice!.parsed.subject).toBe(`[${ticket.code}] Tiket baru: ${PORTAL_QUESTION.subject}`);
    // Staff mail names the ticket, never the reporter's contact data.
    expect(notice!.parsed.text).not.toContain('penyedia@demo.test');
    expect(notice!.parsed.text).not.toContain('0812-6600-1234');
    expect(to(mails, 'kepala@demo.test')).toEqual([]);

    await c.helpdesk.post(`/api/tickets/${ticket.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu pemeriksaan server.',
    });
    const [escalation] = to(await deliver(), 'adminppe@demo.test');
    expect(escalation!.parsed.subject).toBe(
      `[${ticket.code}] Escalated to Admin PPE: ${PORTAL_QUESTION.subject}`,
    );
    expect(escalation!.parsed.references).toContain(notice!.parsed.references);
  });

  it('lets staff switch each notice mail off, and mails the Kepala about complaints and the SLA', async () => {
    const prefs = await c.helpdesk.get('/api/me/notification-preferences');
    expect(prefs.json()).toEqual({
      mail: {
        ticketNew: true,
        ticketEscalated: true,
        complaintAwaitingKepala: true,
        slaAtRisk: true,
        slaBreached: true,
      },
    });
    const off = await c.helpdesk.put('/api/me/notification-preferences', { mail: { ticketNew: false } });
    expect(off.json().mail).toMatchObject({ ticketNew: false, slaAtRisk: true });
    const bad = await c.helpdesk.put('/api/me/notification-preferences', { mail: { ticketNew: 'no' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('mail.ticketNew');

    t.clock.set(new Date('2026-05-04T08:00:00+07:00'));
    c = await signInCast(t);
    const complaint = (
      await c.penyedia.post('/api/tickets', {
        ...PORTAL_QUESTION,
        kind: 'complaint',
        subject: 'Petugas helpdesk tidak ramah',
      })
    ).json().ticket;
    let mails = await deliver();
    expect(to(mails, 'helpdesk@demo.test')).toEqual([]);
    expect(to(mails, 'kepala@demo.test').map((m) => m.parsed.subject)).toEqual([
      `[${complaint.code}] Pengaduan menunggu koordinasi: Petugas helpdesk tidak ramah`,
    ]);
    const inApp = (await c.helpdesk.get('/api/notifications'))
      .json()
      .notifications.map((n: { type: string; ticketCode: string }) => `${n.type} ${n.ticketCode}`);
    expect(inApp).toContain(`ticket_new ${complaint.code}`);

    t.clock.set(new Date('2026-05-04T15:00:00+07:00'));
    await sweepSla(t.ctx);
    await sweepSla(t.ctx);
    mails = await deliver();
    const atRisk = to(mails, 'helpdesk@demo.test').filter((m) => m.parsed.subject?.includes(complaint.code));
    expect(atRisk.map((m) => m.parsed.subject)).toEqual([
      `[${complaint.code}] Mendekati batas waktu: Petugas helpdesk tidak ramah`,
    ]);
    expect(atRisk[0]!.parsed.text).toMatch(/Waktu kerja terpakai:\s+\d+ jam/);
    await c.helpdesk.put('/api/me/notification-preferences', { mail: { ticketNew: true } });
  });

  it('retries with backoff after a temporary refusal, and gives up at once on a permanent one, telling the holder', async () => {
    t.clock.set(new Date('2026-06-01T09:00:00+07:00'));
    c = await signInCast(t);
    const ticket = (
      await c.helpdesk.post('/api/tickets', {
        ...PHONE_CALL,
        reporter: { ...PHONE_CALL.reporter, email: 'sementara@penyedia.example' },
      })
    ).json().ticket;
    sink.refuse(451, 1);
    expect(await sendOutbox(t.ctx)).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'sementara@penyedia.example')
      .executeTakeFirstOrThrow();
    expect(waiting).toMatchObject({
      status: 'pending',
      attempts: 1,
      next_attempt_at: '2026-06-01T02:01:00.000Z',
    });
    expect(waiting.last_error).toContain('451');
    expect(await sendOutbox(t.ctx)).toMatchObject({ sent: 0 });
    t.clock.advance(60_000);
    expect(await sendOutbox(t.ctx)).toMatchObject({ sent: 1 });
    expect(to(sink.received, 'sementara@penyedia.example')).toHaveLength(1);

    await c.helpdesk.post(`/api/tickets/${ticket.code}/replies`, {
      body: 'Mohon cek kembali alamat surel Anda.',
    });
    sink.refuse(550, 1);
    expect(await sendOutbox(t.ctx)).toMatchObject({ failed: 1 });
    const failed = await t.database.db
      .selectFrom('mail_outbox')
      .select(['status', 'attempts'])
      .where('kind', '=', 'reporter_reply')
      .where('to_address', '=', 'sementara@penyedia.example')
      .executeTakeFirstOrThrow();
    expect(failed).toEqual({ status: 'failed', attempts: 1 });
    const told = (await c.helpdesk.get('/api/notifications')).json().notifications;
    expect(told).toContainEqual(expect.objectContaining({ type: 'mail_failed', ticketCode: ticket.code }));
  });

  it('loses nothing and sends nothing twice when a sender dies mid-send or two run together', async () => {
    const before = sink.received.length;
    await c.helpdesk.post('/api/tickets', {
      ...PHONE_CALL,
      reporter: { ...PHONE_CALL.reporter, email: 'crash@penyedia.example' },
    });
    // Another instance claimed the mail and died before sending: its lease keeps everyone off…
    const { claimNextMail } = await import('./outbox.repository.js');
    const claimed = await claimNextMail(t.database.db, 'dead-instance', t.clock.now(), 5 * 60_000);
    expect(claimed).not.toBeNull();
    await Promise.all([sendOutbox(t.ctx, { owner: 'a' }), sendOutbox(t.ctx, { owner: 'b' })]);
    expect(
      sink.received.filter(
        (m) => m.to.includes(claimed!.to_address) && m.parsed.messageId === `<${claimed!.message_id}>`,
      ),
    ).toHaveLength(0);
    // …until the lease runs out; then it goes, once, with the Message-ID fixed when it was queued.
    t.clock.advance(5 * 60_000 + 1);
    await Promise.all([sendOutbox(t.ctx, { owner: 'a' }), sendOutbox(t.ctx, { owner: 'b' })]);
    const copies = sink.received
      .slice(before)
      .filter((m) => m.parsed.messageId === `<${claimed!.message_id}>`);
    expect(copies).toHaveLength(1);
    const row = await t.database.db
      .selectFrom('mail_outbox')
      .select(['status', 'attempts'])
      .where('id', '=', claimed!.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', attempts: 2 });
    const ids = sink.received.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
