import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Caller } from '../../test-support/api.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { hasValidEmailDomain, textFault } from './text-fields.js';

describe('what a text field refuses', () => {
  it.each([
    ['Budi Santoso', null, null],
    ['Café Ñusantara — 😀 ✓', null, null],
    ['a\u0000b', 'control_character', 'control_character'],
    ['bell\u0007', 'control_character', 'control_character'],
    ['\u001B[31mmerah', 'control_character', 'control_character'],
    ['del\u007F', 'control_character', 'control_character'],
    ['next line\u0085', 'control_character', 'control_character'],
    ['csi\u009B', 'control_character', 'control_character'],
    ['satu\ndua', 'line_break', null],
    ['satu\r\ndua', 'line_break', null],
    ['satu\rdua', 'line_break', 'control_character'],
    ['kolom\tkolom', 'control_character', null],
    ['PYK-2026-\u202E321000', 'bidi_control', 'bidi_control'],
    ['\u202Aembed', 'bidi_control', 'bidi_control'],
    ['isolate\u2066x\u2069', 'bidi_control', 'bidi_control'],
    ['half \uD800 pair', 'invalid_character', 'invalid_character'],
    ['low \uDC00 alone', 'invalid_character', 'invalid_character'],
  ])('%j: single line %s, multi-line %s', (text, single, multi) => {
    expect(textFault(text, 'single_line')).toBe(single);
    expect(textFault(text, 'multi_line')).toBe(multi);
  });

  it.each([
    ['budi@cv-maju.co.id', true],
    ['a@b.id', true],
    ['x@sub.domain.example', true],
    ['x@-lead.id', false],
    ['x@trail-.id', false],
    ['x@a.1', false],
    [`x@${'a'.repeat(64)}.id`, false],
    [`x@${'abcdefghi.'.repeat(26)}id`, false],
  ])('e-mail domain of %s valid: %s', (address, valid) => {
    expect(hasValidEmailDomain(address)).toBe(valid);
  });
});

const REGISTRATION = {
  name: 'Budi Santoso',
  email: 'budi@cv-maju.co.id',
  password: 'password-budi-123',
  phone: '0812 1111 2222',
  userType: 'penyedia',
  organization: 'CV Maju Jaya',
};
const CALL = {
  channel: 'phone',
  purpose: 'Menanyakan aktivasi akun penyedia',
  description: 'Penelepon belum menerima email aktivasi akun SPSE setelah verifikasi.',
  reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900', organization: 'CV Lembah Harau' },
};

describe.each(TEST_DIALECTS)('text that lies, on %s', (dialect) => {
  let t: TestApp;
  let helpdesk: Caller;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    helpdesk = as(t, await t.login('helpdesk@demo.test'));
  });
  afterAll(async () => {
    await t.close();
  });
  const refusal = (res: {
    statusCode: number;
    body: string;
    json: () => { code: string; errors: unknown };
  }) => {
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    return res.json().errors;
  };

  it.each([
    ['name', 'Budi \u202Egnodnab', 'bidi_control'],
    ['name', 'Budi\u0008 Santoso', 'control_character'],
    ['organization', 'CV Maju\r\nBcc: semua@contoh.id', 'line_break'],
    ['organization', 'CV \uD83D Maju', 'invalid_character'],
    ['spseUserId', 'budi\u0085', 'control_character'],
    ['email', 'budi@cv-maju-.co.id', 'invalid_email_domain'],
  ])('registration refuses %s %j (%s) and names the field', async (field, value, code) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { ...REGISTRATION, [field]: value },
    });
    expect(refusal(res)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('says why in Indonesian and in English', async () => {
    const payload = { ...REGISTRATION, name: 'Budi\nSantoso' };
    const id = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload });
    expect(refusal(id)).toEqual([
      { field: 'name', code: 'line_break', message: 'Harus satu baris, tanpa ganti baris.' },
    ]);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload,
      headers: { 'accept-language': 'en' },
    });
    expect(refusal(en)).toEqual([
      { field: 'name', code: 'line_break', message: 'Must be a single line, without line breaks.' },
    ]);
  });

  it.each([
    ['subject', { subject: 'Kode PYK-2026-\u202E100000' }, 'bidi_control'],
    ['subject', { subject: 'Tidak bisa\nlogin' }, 'line_break'],
    ['purpose', { purpose: 'Tanya\u0007 aktivasi' }, 'control_character'],
    ['errorCode', { errorCode: 'E-\uDC00' }, 'invalid_character'],
    ['reporter.name', { reporter: { ...CALL.reporter, name: 'Yusuf\u2067' } }, 'bidi_control'],
    [
      'reporter.email',
      { reporter: { ...CALL.reporter, email: 'yusuf@kantor-.co.id' } },
      'invalid_email_domain',
    ],
    ['description', { description: 'Akun terkunci \u001B[2J sejak kemarin pagi.' }, 'control_character'],
    ['description', { description: 'Akun terkunci \u202E sejak kemarin pagi.' }, 'bidi_control'],
  ])('a new ticket refuses %s (%j) with %s', async (field, change, code) => {
    const res = await helpdesk.post('/api/tickets', { ...CALL, ...change });
    expect(refusal(res)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('keeps the line breaks and tabs of a description and a reply as typed', async () => {
    const description = 'Langkah:\n\t1. Buka SPSE\r\n\t2. Klik Masuk\n\nHasil: gagal.';
    const created = await helpdesk.post('/api/tickets', { ...CALL, description });
    expect(created.statusCode, created.body).toBe(201);
    const { code } = created.json().ticket;
    const reply = await helpdesk.post(`/api/tickets/${code}/replies`, { body: 'Baik,\n\tkami cek.' });
    expect(reply.statusCode, reply.body).toBe(200);
    const detail = (await helpdesk.get(`/api/tickets/${code}`)).json();
    expect(detail.ticket.description).toBe(description);
    expect(detail.messages.map((m: { body: string }) => m.body)).toContain('Baik,\n\tkami cek.');
    const spoofed = await helpdesk.post(`/api/tickets/${code}/replies`, { body: 'Lihat tiket \u202E100000' });
    expect(refusal(spoofed)).toEqual([expect.objectContaining({ field: 'body', code: 'bidi_control' })]);
  });

  it.each([
    ['name', 'LPSE \u202EKota', 'bidi_control'],
    ['organization', 'Pemerintah Kota\nPayakumbuh', 'line_break'],
    ['address', 'Jl. Sudirman\u0000', 'control_character'],
    ['email', 'helpdesk@lpse-.go.id', 'invalid_email_domain'],
    ['email', 'helpdesk at lpse', 'invalid_email'],
  ])("a unit's file refuses %s %j (%s)", async (field, value, code) => {
    const file = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../../config/units/lpse-kota-payakumbuh.json'),
        'utf8',
      ),
    );
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/units/${file.code}`,
      headers: { cookie: await t.login('admin@demo.test') },
      payload: { ...file, [field]: value },
    });
    expect(refusal(res)).toEqual([expect.objectContaining({ field, code })]);
  });
});
