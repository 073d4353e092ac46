import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_LENGTH, safeFilename } from './safe-filename.js';

const codePoints = (s: string) => [...s].length;
/** Any UTF-16 code units, lone surrogates included, weighted towards the troublesome ones. */
const anyUtf16 = fc.string({
  unit: fc.oneof(
    fc.constantFrom('.', '/', '\\', ' ', '\u0000', '\r', '\n', '\u202e', '\ud800', '\udc00', 'a', 'é', 'pdf'),
    fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  ),
  maxLength: 300,
});

describe('safeFilename', () => {
  it.each([
    ['Surat Penawaran.pdf', 'Surat Penawaran.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['C:\\Users\\budi\\Desktop\\profil perusahaan.docx', 'profil perusahaan.docx'],
    ['/var/data/', 'lampiran'],
    ['', 'lampiran'],
    ['   ', 'lampiran'],
    ['...', 'lampiran'],
    ['.pdf', 'lampiran.pdf'],
    ['..pdf', 'lampiran.pdf'],
    ['.htaccess', 'lampiran.htaccess'],
    ['...tersembunyi.txt', 'tersembunyi.txt'],
    ['surat\r\nSet-Cookie: x=1.pdf', 'suratSet-Cookie_ x=1.pdf'],
    ['nul\u0000byte.txt', 'nulbyte.txt'],
    ['c1\u0085control.txt', 'c1control.txt'],
    ['Surat\u202Efdp.exe', 'Suratfdp.exe'],
    ['zero\u200bwidth.png', 'zerowidth.png'],
    ['a<b>c:"d"|e?f*.txt', 'a_b_c__d__e_f_.txt'],
    ['surat.pdf. . ', 'surat.pdf'],
    ['Laporan Pengadaan – Dinas PU (revisi) ✓.xlsx', 'Laporan Pengadaan – Dinas PU (revisi) ✓.xlsx'],
    ['Cafe\u0301.pdf', 'Caf\u00e9.pdf'], // NFC
    ['broken\ud800half.txt', 'broken\ufffdhalf.txt'],
  ])('%j → %j', (input, expected) => {
    expect(safeFilename(input)).toBe(expected);
  });

  it('limits a long name to 150 code points and keeps the extension', () => {
    const result = safeFilename(`${'a'.repeat(300)}.pdf`);
    expect(codePoints(result)).toBe(MAX_FILENAME_LENGTH);
    expect(result.endsWith('.pdf')).toBe(true);
  });

  it('never splits an emoji or other astral character when shortening', () => {
    const result = safeFilename(`${'📄'.repeat(200)}.docx`);
    expect(codePoints(result)).toBe(MAX_FILENAME_LENGTH);
    expect(result).toBe(`${'📄'.repeat(145)}.docx`);
    expect(result).not.toMatch(/\p{Cs}/u);
  });

  it('does not treat a long tail after the last dot as an extension', () => {
    const result = safeFilename(`nama.${'x'.repeat(200)}`);
    expect(codePoints(result)).toBe(MAX_FILENAME_LENGTH);
  });

  it('always gives a short, non-empty, flat, visible name (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), anyUtf16), (input) => {
        const result = safeFilename(input);
        expect(result.length).toBeGreaterThan(0);
        expect(codePoints(result)).toBeLessThanOrEqual(MAX_FILENAME_LENGTH);
        expect(result).not.toMatch(/[/\\\p{Cc}\u202a-\u202e]/u);
        expect(result).not.toMatch(/^[.\s]/u);
        expect(result).not.toMatch(/\p{Cs}/u);
        expect(safeFilename(result)).toBe(result); // idempotent
      }),
      { numRuns: 500 },
    );
  });
});
