import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from './attachment-policy.js';
import { detectFileType, extensionOf } from './file-type.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const text = (s: string) => Buffer.from(s, 'utf8');

/** Real heads of small files of each type. */
const PDF = text('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
// A complete 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const JPEG = hex('ffd8ffe0 0010 4a46494600 0101 0000 0001 0001 0000 ffdb0043');
// A complete 1×1 GIF89a.
const GIF89 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const GIF87 = Buffer.concat([text('GIF87a'), hex('0100 0100 800000')]);
const WEBP = Buffer.concat([
  text('RIFF'),
  hex('1a000000'),
  text('WEBPVP8L'),
  hex('0d000000 2f000000 10071011118888fe0700'),
]);
// A ZIP local file header for "[Content_Types].xml", as Office writes first.
const ZIP = Buffer.concat([
  hex('504b0304 1400 0600 0800 0000 2100 00000000 00000000 00000000 1300 0000'),
  text('[Content_Types].xml'),
]);
const OLE2 = Buffer.concat([hex('d0cf11e0a1b11ae1'), Buffer.alloc(16), hex('3e00 0300 feff 0900')]);
const HTML = text('<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>');
const SVG = text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>');

describe('detectFileType: accepted by content and matching name', () => {
  const cases: [string, Buffer, string, keyof typeof ATTACHMENT_TYPES][] = [
    ['PDF', PDF, 'Surat Penawaran.pdf', 'pdf'],
    ['PNG', PNG, 'tangkapan-layar.png', 'png'],
    ['JPEG as .jpg', JPEG, 'foto.jpg', 'jpeg'],
    ['JPEG as .jpeg', JPEG, 'foto.JPEG', 'jpeg'],
    ['GIF89a', GIF89, 'animasi.gif', 'gif'],
    ['GIF87a', GIF87, 'lama.gif', 'gif'],
    ['WebP', WEBP, 'gambar.webp', 'webp'],
    ['DOCX', ZIP, 'Profil Perusahaan.docx', 'docx'],
    ['XLSX', ZIP, 'daftar-harga.xlsx', 'xlsx'],
    ['PPTX', ZIP, 'paparan.pptx', 'pptx'],
    ['ZIP', ZIP, 'dokumen.zip', 'zip'],
    ['DOC', OLE2, 'surat-lama.doc', 'doc'],
    ['XLS', OLE2, 'rekap.xls', 'xls'],
    ['plain text', text('Mohon bantuan, akun saya terkunci sejak pagi.\n'), 'catatan.txt', 'txt'],
    [
      'Indonesian/Unicode text with BOM',
      text('\ufeffKode paket: 123 — “Pengadaan” ✓\n'),
      'catatan.txt',
      'txt',
    ],
    ['CSV', text('kode,nama,nilai\n1,"PT Maju",1000000\n'), 'data.csv', 'csv'],
    ['text with a harmless "<"', text('<5 peserta tidak sah>\nnilai < batas\n'), 'catatan.txt', 'txt'],
    ['empty text file', Buffer.alloc(0), 'kosong.txt', 'txt'],
  ];
  it.each(cases)('%s', (_label, head, filename, expected) => {
    expect(detectFileType(head, filename)).toBe(ATTACHMENT_TYPES[expected]);
  });

  it('accepts text whose head ends in the middle of a multi-byte character', () => {
    const full = text('Laporan é'); // "é" is two bytes; cut after the first
    expect(detectFileType(full.subarray(0, full.length - 1), 'laporan.txt')).toBe(ATTACHMENT_TYPES.txt);
  });
});

describe('detectFileType: refused', () => {
  const cases: [string, Buffer, string][] = [
    ['HTML named .pdf', HTML, 'surat.pdf'],
    ['HTML named .txt', HTML, 'catatan.txt'],
    ['HTML named .csv', text('  \n<html><body>x</body></html>'), 'data.csv'],
    ['HTML named .html', HTML, 'halaman.html'],
    ['SVG named .svg', SVG, 'logo.svg'],
    ['SVG named .txt', SVG, 'logo.txt'],
    ['SVG after an XML declaration', text('<?xml version="1.0"?>\n<svg/>'), 'logo.txt'],
    ['a tag as the first thing in text', text('\ufeff <b>tebal</b>'), 'catatan.txt'],
    [
      '<script later in the first KB of text',
      text(`${'baris biasa\n'.repeat(40)}<SCRIPT>alert(1)</SCRIPT>`),
      'catatan.txt',
    ],
    ['PNG named .pdf', PNG, 'surat.pdf'],
    ['PNG named .docx', PNG, 'profil.docx'],
    ['PNG named .txt', PNG, 'catatan.txt'],
    ['JPEG named .png', JPEG, 'foto.png'],
    ['PDF named .png', PDF, 'foto.png'],
    ['ZIP named .exe', ZIP, 'setup.exe'],
    ['ZIP named .jar', ZIP, 'aplikasi.jar'],
    ['ZIP named .docm (macros)', ZIP, 'makro.docm'],
    ['ZIP without extension', ZIP, 'arsip'],
    ['OLE2 named .ppt', OLE2, 'paparan.ppt'],
    ['OLE2 named .msi', OLE2, 'pasang.msi'],
    ['OLE2 named .docx', OLE2, 'surat.docx'],
    ['NUL in .txt', text('teks\u0000biner'), 'catatan.txt'],
    ['invalid UTF-8 in .csv', hex('6b6f6465 2c ff fe 0a'), 'data.csv'],
    ['UTF-16 text (NUL bytes)', Buffer.from('\ufeffhalo', 'utf16le'), 'catatan.txt'],
    ['Windows executable named .txt', hex('4d5a9000 0300 0000 0400 0000 ffff 0000'), 'catatan.txt'],
    ['Windows executable named .pdf', hex('4d5a9000 0300 0000'), 'surat.pdf'],
    ['empty file named .pdf', Buffer.alloc(0), 'surat.pdf'],
    ['a truncated PNG signature', PNG.subarray(0, 4), 'foto.png'],
    [
      'RIFF that is not WebP (WAV)',
      Buffer.concat([text('RIFF'), hex('24000000'), text('WAVEfmt ')]),
      'suara.webp',
    ],
    ['a hidden file with no extension', PDF, '.pdf'],
  ];
  it.each(cases)('%s', (_label, head, filename) => {
    expect(detectFileType(head, filename)).toBeNull();
  });

  it('refuses a known type the policy does not allow', () => {
    expect(detectFileType(ZIP, 'arsip.zip', [ATTACHMENT_TYPES.pdf, ATTACHMENT_TYPES.docx])).toBeNull();
    expect(detectFileType(ZIP, 'surat.docx', [ATTACHMENT_TYPES.pdf, ATTACHMENT_TYPES.docx])).toBe(
      ATTACHMENT_TYPES.docx,
    );
  });
});

describe('extensionOf', () => {
  it.each([
    ['surat.PDF', 'pdf'],
    ['arsip.tar.gz', 'gz'],
    ['C:\\Users\\budi\\foto.jpg', 'jpg'],
    ['../../etc/passwd', ''],
    ['.bashrc', ''],
    ['tanpa-ekstensi', ''],
  ])('%s → %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });
});
