/**
 * A month of a unit's life, April 2026 (WIB), made through the API with the manual clock,
 * and a ledger of what was done, written by hand: the working minutes of each duration are
 * counted on the unit's hours (Mon–Thu 07:30–16:00, Fri 07:30–16:30, breaks 12:00–13:00 and
 * 11:30–13:00), with Good Friday 3 April closed. The report test checks every figure against
 * counts made from this ledger, not from the code under test.
 */
import { expect } from 'vitest';
import type { EscalationTier, Tier } from '../domain/tiers/tiers.js';
import { PORTAL_QUESTION, signInCast, type Cast } from './api.js';
import type { TestApp } from './test-app.js';

export const UNIT = 'lpse-kota-payakumbuh';

export type LedgerTicket = {
  name: string;
  code?: string;
  /** Created in April in the unit's local days. */
  inApril: boolean;
  channel: string;
  kind: 'question' | 'complaint';
  category: string | null;
  tierReached: Tier;
  statusAtEnd: string;
  difficulty: 'ringan' | 'sedang' | 'berat';
  /** Working minutes from receipt to the first response, when given in April. */
  firstResponseInApril: number | null;
  /** Working minutes from receipt to the last resolution in April, and whether the SLA clock met the target then. */
  completionInApril: { minutes: number; withinTarget: boolean } | null;
  /** Escalations made in April: to whom, and the working minutes until that tier handed it on before 1 May (null: still held). */
  escalations: Array<{ to: EscalationTier; answeredMinutes: number | null }>;
  /** Complaints: working minutes to the first coordination (null: none before 1 May), and whether the Kepala was informed. */
  coordination?: { minutes: number | null; kepalaInformed: boolean };
};

/** The SKM responses of April, by hand. */
export const APRIL_SURVEYS = [
  { u1: 4, u2: 4, u3: 3, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 },
  { u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u9: 3 },
  { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 },
];

/** Runs the month. Returns the ledger of every ticket touched, April's and its neighbours'. */
export async function seedApril(t: TestApp): Promise<LedgerTicket[]> {
  let c = undefined as unknown as Cast;
  let signedInAt = 0;
  const at = async (iso: string) => {
    t.clock.set(new Date(iso));
    // Sessions idle 12 hours expire.
    if (Date.parse(iso) - signedInAt > 11 * 3_600_000) {
      c = await signInCast(t);
      signedInAt = Date.parse(iso);
    }
  };
  const ok = async (
    res: Promise<{
      statusCode: number;
      body: string;
      json: () => { ticket: { code: string; trackingPin?: string } };
    }>,
    status = 200,
  ) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.json().ticket;
  };
  const portal = (extra: object = {}) => ({ ...PORTAL_QUESTION, ...extra });

  // T0: received 31 March after closing; resolved 1 April 08:30. Working time: 1 Apr 07:30–08:30 = 60.
  await at('2026-03-31T16:30:00+07:00');
  const t0 = await ok(c.penyedia.post('/api/tickets', portal()), 201);
  await at('2026-04-01T08:30:00+07:00');
  await ok(c.helpdesk.post(`/api/tickets/${t0.code}/resolution`, { answer: 'Sudah kami aktifkan.' }));

  // T1: 1 Apr 09:00; reply 09:30 (30); escalated 10:00; Admin PPE resolves 11:00 (turnaround 60, completion 120).
  await at('2026-04-01T09:00:00+07:00');
  const t1 = await ok(c.penyedia.post('/api/tickets', portal()), 201);
  await at('2026-04-01T09:30:00+07:00');
  await ok(c.helpdesk.post(`/api/tickets/${t1.code}/replies`, { body: 'Sedang kami periksa.' }));
  await at('2026-04-01T10:00:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t1.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu cek log server',
    }),
  );
  await at('2026-04-01T11:00:00+07:00');
  await ok(
    c.adminppe.post(`/api/tickets/${t1.code}/resolution`, {
      answer: 'Log menunjukkan sertifikat kedaluwarsa; sudah diperbarui.',
    }),
  );
  await at('2026-04-01T11:30:00+07:00');
  expect(
    (
      await c.penyedia.post('/api/surveys', {
        ticketCode: t1.code,
        answers: APRIL_SURVEYS[0],
        respondent: { sex: 'perempuan', age: 34 },
        comment: 'Cepat ditangani.',
      })
    ).statusCode,
  ).toBe(201);

  // T2: phone, Thu 2 Apr 08:00; → Admin PPE 08:30; → LKPP-RI 10:30 (Admin PPE turnaround 120);
  // LKPP-RI resolves Mon 6 Apr 08:30 (Fri 3 Apr is Good Friday): 10:30–12:00 90 + 13:00–16:00 180 + Mon 60 = 330.
  // First response and completion: Thu 08:00–12:00 240 + 180 + Mon 60 = 480 > 450: target missed.
  await at('2026-04-02T08:00:00+07:00');
  const t2 = await ok(
    c.helpdesk.post('/api/tickets', {
      channel: 'phone',
      purpose: 'Lupa kata sandi',
      categoryCode: 'password-login',
      description: 'Penelepon tidak dapat masuk ke SPSE sejak kemarin.',
      reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900' },
    }),
    201,
  );
  await at('2026-04-02T08:30:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t2.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Reset sandi perlu Admin PPE',
    }),
  );
  await at('2026-04-02T10:30:00+07:00');
  await ok(
    c.adminppe.post(`/api/tickets/${t2.code}/escalations`, { to: 'lkpp', reason: 'Akun terkunci di pusat' }),
  );
  await at('2026-04-06T08:30:00+07:00');
  await ok(c.lkpp.post(`/api/tickets/${t2.code}/resolution`, { answer: 'Akun sudah dibuka kembali.' }));
  await at('2026-04-06T09:00:00+07:00');
  expect(
    (
      await c.anonymous.post('/api/surveys', {
        ticketCode: t2.code,
        pin: t2.trackingPin,
        answers: APRIL_SURVEYS[1],
        respondent: { sex: 'laki-laki', occupation: 'swasta' },
      })
    ).statusCode,
  ).toBe(201);

  // T3: walk-in complaint Tue 7 Apr 09:00; difficulty sedang; coordinated 10:30 (90); resolved Wed 8 Apr 09:00:
  // 09:00–12:00 180 + 13:00–16:00 180 + Wed 07:30–09:00 90 = 450 ≤ 1350; closed by staff 10:00.
  await at('2026-04-07T09:00:00+07:00');
  const t3 = await ok(
    c.helpdesk.post('/api/tickets', {
      channel: 'walk_in',
      kind: 'complaint',
      categoryCode: 'keluhan-layanan',
      description: 'Petugas meja layanan tidak ada di tempat pada jam kerja.',
      reporter: { name: 'Ibu Ratna', phone: '0752 93456', address: 'Jl. Sudirman No. 5' },
    }),
    201,
  );
  await at('2026-04-07T09:15:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t3.code}/difficulty`, {
      difficulty: 'sedang',
      reason: 'Perlu klarifikasi jadwal piket',
    }),
  );
  await at('2026-04-07T10:30:00+07:00');
  await ok(c.kepala.post(`/api/tickets/${t3.code}/coordination`, { note: 'Jadwal piket diperbaiki.' }));
  await at('2026-04-08T09:00:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t3.code}/resolution`, {
      answer: 'Jadwal piket sudah diperbaiki, mohon maaf.',
    }),
  );
  await at('2026-04-08T10:00:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t3.code}/closure`, { reason: 'Pelapor menyatakan puas di meja layanan' }),
  );

  // T4: a suggestion-box slip, Thu 9 Apr 10:00; nobody touches it. A general survey at 11:00.
  await at('2026-04-09T10:00:00+07:00');
  await ok(
    c.helpdesk.post('/api/tickets', {
      channel: 'suggestion_box',
      boxOpenedOn: '2026-04-09',
      description: 'Mohon disediakan kursi tunggu yang lebih banyak.',
    }),
    201,
  );
  await at('2026-04-09T11:00:00+07:00');
  expect(
    (
      await c.anonymous.post('/api/surveys', {
        unitCode: UNIT,
        answers: APRIL_SURVEYS[2],
        respondent: { sex: 'laki-laki', education: 'sma' },
      })
    ).statusCode,
  ).toBe(201);

  // T5: Mon 13 Apr 08:00, no category; asks the reporter 08:30 (first response 30); answer Tue 08:00;
  // resolved 10:00; "not solved" 11:00; resolved again Wed 15 Apr 09:00. Elapsed: Mon 420 + Tue 450 + Wed 90 = 960.
  // SLA clock (not while waiting): 30 + 120 + Tue 11:00–16:00 less break 240 + Wed 90 = 480 > 450.
  await at('2026-04-13T08:00:00+07:00');
  const t5 = await ok(c.penyedia.post('/api/tickets', portal({ categoryCode: undefined })), 201);
  await at('2026-04-13T08:30:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t5.code}/info-requests`, {
      question: 'Mohon kirim tangkapan layar galatnya.',
    }),
  );
  await at('2026-04-14T08:00:00+07:00');
  await ok(c.penyedia.post(`/api/tickets/${t5.code}/replies`, { body: 'Galatnya "Sesi berakhir".' }));
  await at('2026-04-14T10:00:00+07:00');
  await ok(c.helpdesk.post(`/api/tickets/${t5.code}/resolution`, { answer: 'Bersihkan cache peramban.' }));
  await at('2026-04-14T11:00:00+07:00');
  await ok(
    c.penyedia.post(`/api/tickets/${t5.code}/confirmation`, { solved: false, comment: 'Masih terjadi.' }),
  );
  await at('2026-04-15T09:00:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t5.code}/resolution`, {
      answer: 'Gunakan peramban lain; sudah kami uji.',
    }),
  );

  // T7: Thu 30 Apr 15:00, escalated 15:30, still at Admin PPE on 1 May; resolved Mon 4 May.
  await at('2026-04-30T15:00:00+07:00');
  const t7 = await ok(c.penyedia.post('/api/tickets', portal({ categoryCode: 'akun-registrasi' })), 201);
  await at('2026-04-30T15:30:00+07:00');
  await ok(
    c.helpdesk.post(`/api/tickets/${t7.code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Verifikasi ulang dokumen',
    }),
  );
  // T8: 30 Apr 23:30 WIB is April (16:30 UTC). T9: 1 May 00:30 WIB is May, though still 30 April in UTC.
  await at('2026-04-30T23:30:00+07:00');
  const t8 = await ok(c.penyedia.post('/api/tickets', portal({ categoryCode: undefined })), 201);
  await at('2026-05-01T00:30:00+07:00');
  await ok(c.penyedia.post('/api/tickets', portal()), 201);
  expect((await c.anonymous.post('/api/surveys', { unitCode: UNIT, answers: { u1: 1 } })).statusCode).toBe(
    201,
  );
  await at('2026-05-04T08:00:00+07:00');
  await ok(c.adminppe.post(`/api/tickets/${t7.code}/resolution`, { answer: 'Dokumen sudah diverifikasi.' }));

  const none = { firstResponseInApril: null, completionInApril: null, escalations: [] };
  return [
    {
      name: 'T0',
      code: t0.code,
      inApril: false,
      channel: 'portal',
      kind: 'question',
      category: 'tender-nontender',
      tierReached: 'helpdesk',
      statusAtEnd: 'resolved',
      difficulty: 'ringan',
      firstResponseInApril: 60,
      completionInApril: { minutes: 60, withinTarget: true },
      escalations: [],
    },
    {
      name: 'T1',
      code: t1.code,
      inApril: true,
      channel: 'portal',
      kind: 'question',
      category: 'tender-nontender',
      tierReached: 'admin_ppe',
      statusAtEnd: 'resolved',
      difficulty: 'ringan',
      firstResponseInApril: 30,
      completionInApril: { minutes: 120, withinTarget: true },
      escalations: [{ to: 'admin_ppe', answeredMinutes: 60 }],
    },
    {
      name: 'T2',
      code: t2.code,
      inApril: true,
      channel: 'phone',
      kind: 'question',
      category: 'password-login',
      tierReached: 'lkpp',
      statusAtEnd: 'resolved',
      difficulty: 'ringan',
      firstResponseInApril: 480,
      completionInApril: { minutes: 480, withinTarget: false },
      escalations: [
        { to: 'admin_ppe', answeredMinutes: 120 },
        { to: 'lkpp', answeredMinutes: 330 },
      ],
    },
    {
      name: 'T3',
      code: t3.code,
      inApril: true,
      channel: 'walk_in',
      kind: 'complaint',
      category: 'keluhan-layanan',
      tierReached: 'helpdesk',
      statusAtEnd: 'closed',
      difficulty: 'sedang',
      firstResponseInApril: 450,
      completionInApril: { minutes: 450, withinTarget: true },
      escalations: [],
      coordination: { minutes: 90, kepalaInformed: true },
    },
    {
      name: 'T4',
      inApril: true,
      channel: 'suggestion_box',
      kind: 'complaint',
      category: null,
      tierReached: 'helpdesk',
      statusAtEnd: 'new',
      difficulty: 'ringan',
      ...none,
      coordination: { minutes: null, kepalaInformed: false },
    },
    {
      name: 'T5',
      code: t5.code,
      inApril: true,
      channel: 'portal',
      kind: 'question',
      category: null,
      tierReached: 'helpdesk',
      statusAtEnd: 'resolved',
      difficulty: 'ringan',
      firstResponseInApril: 30,
      completionInApril: { minutes: 960, withinTarget: false },
      escalations: [],
    },
    {
      name: 'T7',
      code: t7.code,
      inApril: true,
      channel: 'portal',
      kind: 'question',
      category: 'akun-registrasi',
      tierReached: 'admin_ppe',
      statusAtEnd: 'in_progress',
      difficulty: 'ringan',
      firstResponseInApril: null,
      completionInApril: null,
      escalations: [{ to: 'admin_ppe', answeredMinutes: null }],
    },
    {
      name: 'T8',
      code: t8.code,
      inApril: true,
      channel: 'portal',
      kind: 'question',
      category: null,
      tierReached: 'helpdesk',
      statusAtEnd: 'new',
      difficulty: 'ringan',
      ...none,
    },
  ];
}
