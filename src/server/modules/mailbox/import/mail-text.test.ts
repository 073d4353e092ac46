import { describe, expect, it } from 'vitest';
import { classifyMail, failedDmarc, type HeaderLines } from './mail-classify.js';
import { cleanMailText, senderName, ticketCodeIn, ticketSubject, withoutQuotedHistory } from './mail-text.js';

const headers = (...lines: string[]): HeaderLines =>
  lines.map((line) => ({ key: line.slice(0, line.indexOf(':')).toLowerCase(), line }));
const OWN = new Set(['helpdesk.lpse.pyk@gmail.com', 'tanggap@lpse.example']);

describe('reading the words of a mail', () => {
  it.each([
    ['Re: [PYK-2026-000123] Tiket diterima', 'PYK-2026-000123'],
    ['balasan untuk pyk-2026-000007 ya', 'PYK-2026-000007'],
    ['Tiket 2026-000123 tanpa awalan', null],
    ['Pelayanan lambat', null],
  ])('finds the ticket code in "%s"', (subject, code) => {
    expect(ticketCodeIn(subject)).toBe(code);
  });

  it.each([
    [
      'Gmail (id)',
      'Baik, terima kasih.\n\nPada Sen, 2 Mar 2026 pukul 10.00 LPSE <a@b.id> menulis:\n> Tiket diterima.\n> PIN: 1234',
    ],
    [
      'Gmail (en), attribution over two lines',
      'Baik, terima kasih.\n\nOn Mon, 2 Mar 2026 at 10:00 LPSE Kota Payakumbuh\n<helpdesk@lpse.example> wrote:\n> Ticket received.',
    ],
    [
      'Outlook',
      'Baik, terima kasih.\n\n________________________________\nFrom: LPSE\nSent: Monday\n\nTicket received.',
    ],
    ['bare quote', 'Baik, terima kasih.\n> Tiket diterima.\n> PIN: 1234\n'],
  ])('drops the quoted history of a reply (%s)', (_client, text) => {
    expect(withoutQuotedHistory(text)).toBe('Baik, terima kasih.');
  });

  it('keeps a reply that is nothing but quotes, and inline answers between quotes', () => {
    expect(withoutQuotedHistory('> hanya kutipan')).toBe('> hanya kutipan');
    expect(withoutQuotedHistory('> Nomor paket?\n10023456\n> Nama perusahaan?\nCV Maju')).toBe(
      '> Nomor paket?\n10023456\n> Nama perusahaan?\nCV Maju',
    );
  });

  it('cleans control and invisible characters, keeping lines and tabs', () => {
    expect(cleanMailText('Halo\u0000\r\nfile\u202Efdp.exe\t ok  \r\n\r\n\r\n\r\nakhir\u0007')).toBe(
      'Halo\nfilefdp.exe\t ok\n\nakhir',
    );
  });

  it('makes a ticket subject without reply prefixes, else from the first line', () => {
    expect(ticketSubject('RE: Fwd: Bls: Akun terkunci', '', '-')).toBe('Akun terkunci');
    expect(ticketSubject('', '\n\nMohon bantuan reset akun.\nTerima kasih', '-')).toBe(
      'Mohon bantuan reset akun.',
    );
    expect(ticketSubject(null, '', '(tanpa subjek)')).toBe('(tanpa subjek)');
    expect(ticketSubject('x'.repeat(300), '', '-')).toHaveLength(198);
  });

  it('takes a display name without quotes or control characters', () => {
    expect(senderName('"Budi \u0007Santoso"')).toBe('Budi Santoso');
    expect(senderName('')).toBeNull();
  });
});

describe('telling people from machines', () => {
  it.each([
    ['a person', headers('Subject: Akun terkunci'), 'budi@penyedia.example', 'person'],
    ['Auto-Submitted', headers('Auto-Submitted: auto-replied'), 'budi@penyedia.example', 'auto'],
    ['Auto-Submitted: no', headers('Auto-Submitted: no'), 'budi@penyedia.example', 'person'],
    ['bulk precedence', headers('Precedence: bulk'), 'news@vendor.example', 'auto'],
    ['a mailing list', headers('List-Id: <pengadaan.lists.example>'), 'list@lists.example', 'auto'],
    [
      'an Outlook out-of-office',
      headers('Subject: Automatic reply: Tiket diterima'),
      'budi@penyedia.example',
      'auto',
    ],
    [
      'a delivery report',
      headers('Content-Type: multipart/report; report-type=delivery-status; boundary="x"'),
      'budi@penyedia.example',
      'bounce',
    ],
    ['a null return path', headers('Return-Path: <>'), 'budi@penyedia.example', 'bounce'],
    ['MAILER-DAEMON', headers('Subject: Undelivered'), 'MAILER-DAEMON@mx.example', 'bounce'],
    [
      'our own address',
      headers('Subject: [PYK-2026-000001] Tiket diterima'),
      'Helpdesk.LPSE.Pyk@gmail.com',
      'own',
    ],
    ['our marker header', headers('X-Tanggap-Mail: reporter_reply'), 'forward@elsewhere.example', 'own'],
  ])('%s', (_what, lines, from, origin) => {
    expect(classifyMail(lines, from, OWN)).toBe(origin);
  });

  it("trusts only the receiving server's DMARC verdict", () => {
    expect(
      failedDmarc(
        headers('Authentication-Results: mx.google.com; dmarc=fail (p=NONE) header.from=penyedia.example'),
      ),
    ).toBe(true);
    expect(
      failedDmarc(
        headers(
          'Authentication-Results: mx.google.com; dmarc=pass',
          'Authentication-Results: forged; dmarc=fail',
        ),
      ),
    ).toBe(false);
  });
});
