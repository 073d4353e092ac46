import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from './attachment-policy.js';
import { contentDisposition, downloadHeaders } from './download-headers.js';
import { safeFilename } from './safe-filename.js';

const pdf = { filename: 'Surat Penawaran.pdf', mediaType: ATTACHMENT_TYPES.pdf.mediaType, size: 20480 };

/** The value of filename* decoded, as a browser would. */
const decodedStar = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]*)/.exec(disposition)?.[1] ?? '');
const fallback = (disposition: string) => /filename="([^"]*)"/.exec(disposition)?.[1];

describe('downloadHeaders', () => {
  it('sends a download with every protective header', () => {
    expect(downloadHeaders(pdf)).toEqual({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Surat Penawaran.pdf"; filename*=UTF-8''Surat%20Penawaran.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
      'content-length': '20480',
    });
  });

  it.each([
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/csv', 'text/plain; charset=utf-8'],
    ['image/png', 'image/png'],
    [ATTACHMENT_TYPES.docx.mediaType, ATTACHMENT_TYPES.docx.mediaType],
    ['text/html', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['text/plain; charset=utf-16', 'application/octet-stream'],
  ])('serves %s as %s', (mediaType, expected) => {
    expect(downloadHeaders({ ...pdf, mediaType })['content-type']).toBe(expected);
  });

  it.each([
    ['image/png', 'inline'],
    ['image/jpeg', 'inline'],
    ['image/gif', 'inline'],
    ['image/webp', 'inline'],
    ['application/pdf', 'inline'],
    [ATTACHMENT_TYPES.docx.mediaType, 'attachment'],
    ['application/zip', 'attachment'],
    ['text/plain', 'attachment'],
    ['image/svg+xml', 'attachment'],
    ['text/html', 'attachment'],
  ])('inline preview of %s → %s', (mediaType, disposition) => {
    const headers = downloadHeaders({ ...pdf, mediaType }, { inline: true });
    expect(headers['content-disposition']?.startsWith(`${disposition};`)).toBe(true);
    expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  });

  it('is a download unless inline is asked for', () => {
    const headers = downloadHeaders({ ...pdf, mediaType: 'image/png' }, { inline: false });
    expect(headers['content-disposition']?.startsWith('attachment;')).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses size %s', (size) => {
    expect(() => downloadHeaders({ ...pdf, size })).toThrow(RangeError);
  });
});

describe('content-disposition file names', () => {
  it.each([
    ['Laporan Pengadaan – Dinas PU.pdf', 'Laporan Pengadaan _ Dinas PU.pdf'],
    ['Café Résumé.docx', 'Cafe Resume.docx'],
    ['見積書 2026.xlsx', '___ 2026.xlsx'],
    ['tangkapan 📸.png', 'tangkapan _.png'],
    ['50% "final" v2.pdf', '50_ _final_ v2.pdf'],
  ])('%j: ASCII fallback %j, exact name in filename*', (name, ascii) => {
    const header = contentDisposition('attachment', name);
    expect(fallback(header)).toBe(ascii);
    expect(header).toMatch(/^[\x20-\x7e]+$/); // a header value is ASCII
    expect(decodedStar(header)).toBe(safeFilename(name)); // quotes already made '_' there
  });

  it('percent-encodes the RFC 5987 non-attr-chars that encodeURIComponent leaves alone', () => {
    const header = contentDisposition('attachment', "it's (draft)!.txt");
    expect(header).toContain("filename*=UTF-8''it%27s%20%28draft%29!.txt");
    expect(decodedStar(header)).toBe("it's (draft)!.txt");
  });

  it('cannot be used to inject a header or a path', () => {
    const header =
      downloadHeaders({ ...pdf, filename: '../../x\r\nSet-Cookie: sesi=curian.pdf' })[
        'content-disposition'
      ] ?? '';
    expect(header).not.toMatch(/[\r\n]/);
    expect(fallback(header)).toBe('xSet-Cookie_ sesi=curian.pdf');
    expect(decodedStar(header)).toBe('xSet-Cookie_ sesi=curian.pdf');
  });

  it('never sends an empty name', () => {
    expect(fallback(contentDisposition('attachment', '..'))).toBe('lampiran');
  });
});
