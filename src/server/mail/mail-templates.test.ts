import { describe, expect, it } from 'vitest';
import { renderMail } from './mail-layout.js';
import { formatInstant, formatMinutes } from './mail-words.js';
import { messageIdsIn, normaliseMessageId } from './message-id.js';
import {
  acknowledgementMail,
  replyMail,
  resolutionMail,
  type ReporterMailFacts,
} from './reporter-mail-templates.js';
import { staffMail } from './staff-mail-templates.js';

const facts: ReporterMailFacts = {
  lang: 'id',
  code: 'PYK-2026-000042',
  subject: 'Gagal unggah <penawaran>',
  kind: 'question',
  unitName: 'LPSE Kota Payakumbuh',
  timeZone: 'Asia/Jakarta',
  reporterName: 'Budi "B" <script>',
  createdAt: '2026-05-04T01:00:00.000Z',
  dueAt: '2026-05-05T01:00:00.000Z',
  ticketUrl: 'http://localhost:3000/lacak?kode=PYK-2026-000042',
  surveyUrl: 'http://localhost:3000/survei/PYK-2026-000042',
  hasAccount: false,
};

describe('mail templates', () => {
  it('escapes everything a person wrote in the HTML part, and keeps it word for word in the text part', () => {
    const mail = renderMail(replyMail(facts, 'Coba <b>lagi</b> & kirim "ulang"\nbaris dua'), 'id');
    expect(mail.html).toContain('Coba &lt;b&gt;lagi&lt;/b&gt; &amp; kirim &quot;ulang&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('    Coba <b>lagi</b> & kirim "ulang"\n    baris dua');
    expect(mail.subject).toBe('[PYK-2026-000042] Tanggapan: Gagal unggah <penawaran>');
  });

  it('shows times in the unit zone, with WIB, in both languages', () => {
    expect(formatInstant('2026-05-04T08:00:00Z', 'Asia/Jakarta', 'id')).toBe(
      'Senin, 04 Mei 2026 pukul 15.00 WIB',
    );
    expect(formatInstant('2026-05-04T08:00:00Z', 'Asia/Jakarta', 'en')).toBe(
      'Monday, 4 May 2026 at 15:00 WIB',
    );
    expect(formatInstant('2026-05-04T08:00:00Z', 'Asia/Makassar', 'id')).toContain('WITA');
    expect([formatMinutes(210, 'id'), formatMinutes(45, 'en'), formatMinutes(120, 'id')]).toEqual([
      '3 jam 30 menit',
      '45 min',
      '2 jam',
    ]);
  });

  it('names each minute as its own, in its own zone and language, however often it is asked', () => {
    // Remembered by minute: seconds within it share the text; the next minute, another zone
    // or the other language never get a remembered one.
    expect(formatInstant('2026-05-04T08:00:59.999Z', 'Asia/Jakarta', 'id')).toBe(
      'Senin, 04 Mei 2026 pukul 15.00 WIB',
    );
    expect(formatInstant('2026-05-04T08:01:00Z', 'Asia/Jakarta', 'id')).toBe(
      'Senin, 04 Mei 2026 pukul 15.01 WIB',
    );
    expect(formatInstant('2026-05-04T08:00:30Z', 'Asia/Jayapura', 'id')).toBe(
      'Senin, 04 Mei 2026 pukul 17.00 WIT',
    );
    expect(formatInstant('2026-05-04T08:00:30Z', 'Asia/Jakarta', 'en')).toBe(
      'Monday, 4 May 2026 at 15:00 WIB',
    );
    // Across a daylight-saving change the name follows the instant.
    expect(formatInstant('2026-03-08T06:59:00Z', 'America/New_York', 'en')).toMatch(/01:59 /);
    expect(formatInstant('2026-03-08T07:00:00Z', 'America/New_York', 'en')).toMatch(/03:00 /);
  });

  it('invites the reporter to the satisfaction survey with the resolution', () => {
    const mail = renderMail(resolutionMail(facts, 'Silakan coba lagi.', 5), 'id');
    expect(mail.text).toContain('Survei Kepuasan Masyarakat');
    expect(mail.text).toContain('http://localhost:3000/survei/PYK-2026-000042');
    expect(mail.html).toContain('href="http://localhost:3000/survei/PYK-2026-000042"');
  });

  it('puts the PIN in the acknowledgement only when there is one, in English when asked', () => {
    const withPin = renderMail(acknowledgementMail(facts, '01234567'), 'id');
    expect(withPin.text).toContain('PIN pelacakan: 01234567');
    expect(withPin.text).toContain('Target penyelesaian: Selasa, 05 Mei 2026 pukul 08.00 WIB');
    const english = renderMail(
      acknowledgementMail(
        { ...facts, lang: 'en', hasAccount: true, ticketUrl: 'http://localhost:3000/tiket/PYK-2026-000042' },
        null,
      ),
      'en',
    );
    expect(english.subject).toBe('[PYK-2026-000042] Ticket received: Gagal unggah <penawaran>');
    expect(english.text).not.toContain('PIN');
    expect(english.text).toContain('Sign in with your account');
  });

  it('keeps confidential subjects out of staff mail', () => {
    const mail = renderMail(
      staffMail('ticket_new', {
        lang: 'id',
        code: 'PYK-2026-000042',
        subject: null,
        kind: 'complaint',
        channel: 'email',
        tier: 'helpdesk',
        unitName: 'LPSE Kota Payakumbuh',
        timeZone: 'Asia/Jakarta',
        dueAt: null,
        ticketUrl: 'u',
        settingsUrl: 's',
      }),
      'id',
    );
    expect(mail.subject).toBe('[PYK-2026-000042] Tiket baru: (rahasia)');
    expect(mail.text).toMatch(/Kanal:\s+Surel/);
  });

  it('reads Message-IDs with or without brackets', () => {
    expect(normaliseMessageId(' <abc@x.id> ')).toBe('abc@x.id');
    expect(normaliseMessageId('<>')).toBeNull();
    expect(messageIdsIn('<a@x> <b@y>\r\n <c@z>')).toEqual(['a@x', 'b@y', 'c@z']);
    expect(messageIdsIn(['<a@x>', '<b@y>'])).toEqual(['a@x', 'b@y']);
    expect(messageIdsIn('a@x')).toEqual(['a@x']);
  });
});
