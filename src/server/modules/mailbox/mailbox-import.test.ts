import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { dovecotAvailable, startDovecot, type Dovecot } from '../../../test-support/dovecot.js';
import { TINY_PNG } from '../../../test-support/multipart.js';
import { rawMail } from '../../../test-support/raw-mail.js';
import { startSmtpSink, type SmtpSink } from '../../../test-support/smtp-sink.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { sendOutbox } from '../mail/send-outbox.js';
import { importMailboxes } from './import/mailbox-import.js';

const UNIT = 'lpse-kota-payakumbuh';
const MAILBOX_ADDRESS = 'helpdesk.lpse.pyk@gmail.com';
const suite = dovecotAvailable() ? describe.each(TEST_DIALECTS) : describe.skip.each(TEST_DIALECTS);

suite('the unit mailbox read from a real IMAP server (Dovecot) on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  let imap: Dovecot;
  let sink: SmtpSink;
  /** The ticket the first mail opened; the later tests write to it. */
  let complaintCode = '';
  beforeAll(async () => {
    imap = await startDovecot();
    sink = await startSmtpSink();
    t = await startTestApp(dialect, {
      config: { smtpUrl: sink.url, mailboxSecrets: { MAILBOX_PYK_IMAP: imap.password } },
    });
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
    await imap?.stop();
  });

  const mailbox = () => ({
    host: imap.host,
    port: imap.port,
    secure: false,
    user: imap.user,
    passwordEnv: 'MAILBOX_PYK_IMAP',
    address: MAILBOX_ADDRESS,
    senderLimitPerHour: 5,
  });
  const run = async () => (await importMailboxes(t.ctx))[UNIT]!;
  const ticketOf = async (code: string) => (await c.helpdesk.get(`/api/tickets/${code}`)).json();
  const emailTickets = async () =>
    (await c.helpdesk.get('/api/tickets?channel=email&limit=100&sort=created')).json().tickets as Array<{
      code: string;
      subject: string;
    }>;
  const codeFor = async (subject: string) =>
    (await emailTickets()).filter((x) => x.subject === subject).map((x) => x.code);

  it('is set by a unit administrator, and only to a password variable of the unit', async () => {
    const byHelpdesk = await c.helpdesk.put(`/api/units/${UNIT}/mailbox`, mailbox());
    expect(byHelpdesk.statusCode).toBe(403);
    for (const passwordEnv of ['SESSION_SECRET', 'MAILBOX_LKPP_PASSWORD']) {
      const refused = await c.admin.put(`/api/units/${UNIT}/mailbox`, { ...mailbox(), passwordEnv });
      expect(refused.statusCode, passwordEnv).toBe(400);
      expect(refused.json().errors[0].field).toBe('passwordEnv');
    }
    const set = await c.admin.put(`/api/units/${UNIT}/mailbox`, mailbox());
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      source: 'api',
      passwordSet: true,
      address: MAILBOX_ADDRESS,
      mailbox: { folder: 'INBOX', defaultKind: 'complaint', enabled: true },
    });
    expect(JSON.stringify(set.json())).not.toContain(imap.password);
  });

  it('opens a complaint from new mail, with HTML turned into safe text and the attachments the rules accept', async () => {
    imap.deliver(
      await rawMail({
        from: 'Budi Santoso <budi@penyedia.example>',
        to: MAILBOX_ADDRESS,
        subject: 'Pelayanan helpdesk lambat',
        messageId: '<keluhan-1@penyedia.example>',
        html: '<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><p>Sudah tiga hari <b>tidak ada</b> jawaban.</p><img src="https://pelacak.example/p.gif"></body></html>',
        attachments: [
          { filename: 'tangkapan-layar.png', content: TINY_PNG },
          { filename: 'program.exe', content: Buffer.from('MZ\x90\x00 not a program') },
        ],
      }),
    );
    expect((await run()).outcomes).toEqual(['ticket_opened']);
    const [code = ''] = await codeFor('Pelayanan helpdesk lambat');
    complaintCode = code;
    const detail = await ticketOf(code);
    expect(detail.ticket).toMatchObject({
      channel: 'email',
      kind: 'complaint',
      reporter: { name: 'Budi Santoso', email: 'budi@penyedia.example', hasAccount: false },
    });
    expect(detail.ticket.description).toContain('Sudah tiga hari tidak ada jawaban.');
    expect(detail.ticket.description).not.toMatch(/<|alert|color:red/);
    expect(detail.attachments).toEqual([
      expect.objectContaining({
        filename: 'tangkapan-layar.png',
        mediaType: 'image/png',
        visibility: 'public',
      }),
    ]);
    const note = detail.messages.find((m: { visibility: string }) => m.visibility === 'internal');
    expect(note.body).toContain('program.exe');
    expect(note.body).toContain('jenis berkas tidak diterima');

    await sendOutbox(t.ctx);
    const ack = sink.received.find((m) => m.to.includes('budi@penyedia.example'));
    expect(ack?.parsed.subject).toBe(`[${code}] Tiket diterima: Pelayanan helpdesk lambat`);
    expect(ack?.parsed.inReplyTo).toBe('<keluhan-1@penyedia.example>');
    expect(ack?.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack?.parsed.text).toMatch(/PIN pelacakan: \d{8}/);
  });

  it('continues the ticket from a reply: by its headers first, then by the code in the subject, never by the subject alone', async () => {
    const code = complaintCode;
    const ack = sink.received.find((m) => m.to.includes('budi@penyedia.example'))!.parsed;
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: 'Tambahan keterangan',
        messageId: '<keluhan-2@penyedia.example>',
        inReplyTo: ack.messageId!,
        references: [ack.messageId!],
        text: `Petugas yang saya hubungi bernama Rudi.\n\nPada Sen, 2 Mar 2026 pukul 10.00 LPSE Kota Payakumbuh <${MAILBOX_ADDRESS}> menulis:\n> Terima kasih. Pengaduan Anda telah kami terima.\n> PIN pelacakan: 12345678\n`,
      }),
    );
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: `Re: ${code} satu lagi`,
        messageId: '<keluhan-3@penyedia.example>',
        text: 'Saya lampirkan juga nomor paketnya: 10023456.',
      }),
    );
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: 'Pelayanan helpdesk lambat',
        messageId: '<keluhan-4@penyedia.example>',
        text: 'Ini pengaduan lain dengan subjek yang sama.',
      }),
    );
    imap.deliver(
      await rawMail({
        from: 'Orang Lain <lain@contoh.example>',
        to: MAILBOX_ADDRESS,
        subject: 'Re: pengaduan',
        messageId: '<lain-1@contoh.example>',
        inReplyTo: ack.messageId!,
        text: 'Saya juga mengalami hal yang sama.',
      }),
    );
    expect((await run()).outcomes).toEqual(['reply_added', 'reply_added', 'ticket_opened', 'note_added']);

    const detail = await ticketOf(code);
    const publicBodies = detail.messages
      .filter((m: { visibility: string }) => m.visibility === 'public')
      .map((m: { body: string }) => m.body);
    expect(publicBodies).toEqual([
      'Petugas yang saya hubungi bernama Rudi.',
      'Saya lampirkan juga nomor paketnya: 10023456.',
    ]);
    expect(detail.history.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'reporter_answered',
      'reporter_answered',
      'mail_received',
    ]);
    const note = detail.messages.at(-1);
    expect(note).toMatchObject({ visibility: 'internal' });
    expect(note.body).toContain('lain@contoh.example');
    expect(await codeFor('Pelayanan helpdesk lambat')).toHaveLength(2);
    // The other sender's words are not shown to the reporter.
    const pin = sink.received
      .find((m) => m.to.includes('budi@penyedia.example'))!
      .parsed.text!.match(/PIN pelacakan: (\d{8})/)![1];
    const tracked = (await as(t, null).get(`/api/track/${code}?pin=${pin}`)).json();
    expect(tracked.replies.map((r: { body: string }) => r.body)).not.toContain(
      'Saya juga mengalami hal yang sama.',
    );
  });

  it("takes the reporter's answer to a request for more data, and opens a new ticket for mail to a closed one", async () => {
    t.clock.advance(2 * 60 * 60_000); // a new hour for the sender's allowance
    c = await signInCast(t);
    const code = complaintCode;
    const fromUs = async (kind: string) => {
      await sendOutbox(t.ctx);
      return sink.received
        .filter(
          (m) => m.to.includes('budi@penyedia.example') && m.parsed.headers.get('x-tanggap-mail') === kind,
        )
        .at(-1)!.parsed;
    };
    await c.helpdesk.post(`/api/tickets/${code}/info-requests`, {
      question: 'Kapan tepatnya Anda menghubungi helpdesk?',
    });
    expect((await ticketOf(code)).ticket.status).toBe('waiting_reporter');
    const question = await fromUs('reporter_info_request');
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: `Re: ${question.subject}`,
        messageId: '<keluhan-5@penyedia.example>',
        inReplyTo: question.messageId!,
        references: [question.messageId!],
        text: 'Senin 2 Maret pukul 10.00.',
      }),
    );
    expect((await run()).outcomes).toEqual(['reply_added']);
    expect((await ticketOf(code)).ticket.status).toBe('in_progress');

    await c.kepala.post(`/api/tickets/${code}/coordination`, { note: 'Sudah dibahas dengan petugas.' });
    await c.helpdesk.post(`/api/tickets/${code}/resolution`, { answer: 'Petugas sudah kami ingatkan.' });
    await c.helpdesk.post(`/api/tickets/${code}/closure`, {
      reason: 'Pelapor mengonfirmasi melalui telepon.',
    });
    const resolution = await fromUs('reporter_resolution');
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: `Re: ${resolution.subject}`,
        messageId: '<keluhan-6@penyedia.example>',
        inReplyTo: resolution.messageId!,
        text: 'Terjadi lagi hari ini.',
      }),
    );
    expect((await run()).outcomes).toEqual(['ticket_opened']);
    const newer = (await emailTickets()).find(
      (x) => x.subject === `Re: ${resolution.subject}`.replace(/^Re: /, ''),
    );
    expect(newer).toBeDefined();
    expect((await ticketOf(newer!.code)).ticket.earlierTicketCode).toBe(code);
    expect((await ticketOf(code)).ticket.status).toBe('closed');
  });

  it('never opens a ticket for automatic mail, a bounce or our own mail, and queues no answer to them', async () => {
    const queued = async () => (await t.database.db.selectFrom('mail_outbox').select('id').execute()).length;
    const before = { tickets: (await emailTickets()).length, mails: await queued() };
    imap.deliver(
      await rawMail({
        from: 'budi@penyedia.example',
        to: MAILBOX_ADDRESS,
        subject: 'Sedang cuti',
        messageId: '<cuti@penyedia.example>',
        headers: { 'Auto-Submitted': 'auto-replied' },
        text: 'Saya sedang cuti sampai 10 Maret.',
      }),
    );
    imap.deliver(
      [
        'Return-Path: <>',
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        `To: ${MAILBOX_ADDRESS}`,
        'Subject: Delivery Status Notification (Failure)',
        'Message-ID: <bounce-1@googlemail.com>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Address not found.',
        '--b--',
        '',
      ].join('\r\n'),
    );
    imap.deliver(
      await rawMail({
        from: 'Tanggap <helpdesk@tanggap.test>',
        to: MAILBOX_ADDRESS,
        subject: '[PYK-2026-000001] Tiket diterima',
        messageId: '<kita-1@tanggap.test>',
        text: 'Salinan surel kami sendiri.',
      }),
    );
    expect((await run()).outcomes).toEqual(['ignored_auto', 'ignored_bounce', 'ignored_own']);
    expect({ tickets: (await emailTickets()).length, mails: await queued() }).toEqual(before);
  });

  it('holds a flooding sender past the hourly limit, tells the helpdesk once, and lets them release a mail', async () => {
    for (let i = 1; i <= 7; i++) {
      imap.deliver(
        await rawMail({
          from: 'banjir@spam.example',
          to: MAILBOX_ADDRESS,
          subject: `Pesan berulang ${i}`,
          messageId: `<banjir-${i}@spam.example>`,
          text: `Isi pesan ${i}.`,
        }),
      );
    }
    expect((await run()).outcomes).toEqual([
      'ticket_opened',
      'ticket_opened',
      'ticket_opened',
      'ticket_opened',
      'ticket_opened',
      'held',
      'held',
    ]);
    const notices = (await c.helpdesk.get('/api/notifications'))
      .json()
      .notifications.filter((n: { type: string }) => n.type === 'mail_held');
    expect(notices).toHaveLength(1);
    expect(notices[0].data).toMatchObject({ reason: 'rate_limited', from: 'banjir@spam.example' });
    const held = (await c.helpdesk.get(`/api/units/${UNIT}/mail/held`)).json().held;
    expect(held.map((h: { subject: string; reason: string }) => `${h.reason} ${h.subject}`)).toEqual([
      'rate_limited Pesan berulang 7',
      'rate_limited Pesan berulang 6',
    ]);
    const released = await c.helpdesk.post(`/api/units/${UNIT}/mail/held/${held[1].id}/release`);
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json().outcome).toBe('ticket_opened');
    expect(await codeFor('Pesan berulang 6')).toEqual([released.json().ticketCode]);
    expect((await c.helpdesk.post(`/api/units/${UNIT}/mail/held/${held[1].id}/release`)).json().code).toBe(
      'held_mail_not_releasable',
    );
    expect((await c.penyedia.get(`/api/units/${UNIT}/mail/held`)).statusCode).toBe(403);
    expect((await c.helpdesk.get(`/api/units/${UNIT}/mail/held`)).json().held).toHaveLength(1);
  });

  it('keeps a mail it cannot read, raw, and shows it to staff', async () => {
    const raw =
      'Subject: =?bogus?Q?tidak terbaca?=\r\nX-Junk: \u0001\r\n\r\n\u0000\u0001\u0002 isi rusak\r\n';
    imap.deliver(raw);
    expect((await run()).outcomes).toEqual(['held']);
    const held = (await c.helpdesk.get(`/api/units/${UNIT}/mail/held`))
      .json()
      .held.find((h: { reason: string }) => h.reason === 'unreadable');
    expect(held).toMatchObject({
      reason: 'unreadable',
      detail: 'no valid sender address (From)',
      hasRaw: true,
    });
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/units/${UNIT}/mail/held/${held.id}/raw`,
      headers: { cookie: await t.login('helpdesk@demo.test') },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.toString('latin1')).toContain('isi rusak');
    const notices = (await c.helpdesk.get('/api/notifications')).json().notifications;
    expect(notices).toContainEqual(
      expect.objectContaining({
        type: 'mail_held',
        data: expect.objectContaining({ reason: 'unreadable', heldId: held.id }),
      }),
    );
  });

  it('imports each mail exactly once across a crash mid-batch, a new UIDVALIDITY and two importers at once', async () => {
    const subjects = ['Satu', 'Dua', 'Tiga', 'Empat'].map((s) => `Urutan ${s}`);
    for (const [i, subject] of subjects.entries()) {
      imap.deliver(
        await rawMail({
          from: `pelapor${i}@contoh.example`,
          to: MAILBOX_ADDRESS,
          subject,
          messageId: `<urut-${i}@contoh.example>`,
          text: `${subject}: mohon ditindaklanjuti.`,
        }),
      );
    }
    let seen = 0;
    const crashed = await importMailboxes(t.ctx, {
      beforeCommit: () => {
        seen += 1;
        if (seen === 3) throw new Error('simulated crash before the third commit');
      },
    });
    expect(crashed[UNIT]!.outcomes).toEqual(['ticket_opened', 'ticket_opened']);
    expect(crashed[UNIT]!.error).toContain('failed');
    const counts = async () => Promise.all(subjects.map(async (s) => (await codeFor(s)).length));
    expect(await counts()).toEqual([1, 1, 0, 0]);
    expect((await run()).outcomes).toEqual(['ticket_opened', 'ticket_opened']);
    expect(await counts()).toEqual([1, 1, 1, 1]);

    // The server says its UIDs start over: everything is looked at again, nothing imported twice.
    await t.database.db.updateTable('mail_import_state').set({ uidvalidity: '1' }).execute();
    const again = await run();
    expect(again.outcomes.length).toBeGreaterThan(15);
    expect(new Set(again.outcomes)).toEqual(new Set(['duplicate']));
    expect(await counts()).toEqual([1, 1, 1, 1]);

    for (let i = 0; i < 3; i++)
      imap.deliver(
        await rawMail({
          from: `serentak${i}@contoh.example`,
          to: MAILBOX_ADDRESS,
          subject: `Serentak ${i}`,
          messageId: `<serentak-${i}@contoh.example>`,
          text: 'Dua pengimpor sekaligus.',
        }),
      );
    await Promise.all([
      importMailboxes(t.ctx, { owner: 'instance-a' }),
      importMailboxes(t.ctx, { owner: 'instance-b' }),
    ]);
    await run();
    for (let i = 0; i < 3; i++) expect(await codeFor(`Serentak ${i}`)).toHaveLength(1);
  });
});
