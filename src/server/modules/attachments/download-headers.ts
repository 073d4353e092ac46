import { ATTACHMENT_TYPES } from './attachment-policy.js';
import { safeFilename } from './safe-filename.js';

export type DownloadableAttachment = Readonly<{ filename: string; mediaType: string; size: number }>;
export type DownloadOptions = Readonly<{ inline?: boolean }>;

const KNOWN_MEDIA_TYPES = new Set<string>(Object.values(ATTACHMENT_TYPES).map((t) => t.mediaType));
const TEXT_MEDIA_TYPES = new Set<string>([ATTACHMENT_TYPES.txt.mediaType, ATTACHMENT_TYPES.csv.mediaType]);
/** What a browser shows by itself without running the file's content as a page. */
const INLINE_MEDIA_TYPES = new Set<string>(
  [
    ATTACHMENT_TYPES.png,
    ATTACHMENT_TYPES.jpeg,
    ATTACHMENT_TYPES.gif,
    ATTACHMENT_TYPES.webp,
    ATTACHMENT_TYPES.pdf,
  ].map((t) => t.mediaType),
);

/**
 * The response headers for sending a stored attachment. The content type is the stored
 * allowed type (text as `text/plain; charset=utf-8`; anything unknown as
 * `application/octet-stream`), with nosniff and a sandboxing CSP so nothing is ever run as a
 * page of our origin. `inline` is honoured only for images and PDF, for previews; everything
 * else is a download. The file name travels as an ASCII fallback plus RFC 5987 UTF-8.
 */
export function downloadHeaders(
  att: DownloadableAttachment,
  options: DownloadOptions = {},
): Record<string, string> {
  if (!Number.isSafeInteger(att.size) || att.size < 0)
    throw new RangeError(`invalid attachment size: ${att.size}`);
  const isInline = options.inline === true && INLINE_MEDIA_TYPES.has(att.mediaType);
  return {
    'content-type': contentType(att.mediaType),
    'content-disposition': contentDisposition(isInline ? 'inline' : 'attachment', att.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    'content-length': String(att.size),
  };
}

function contentType(mediaType: string): string {
  if (TEXT_MEDIA_TYPES.has(mediaType)) return 'text/plain; charset=utf-8';
  return KNOWN_MEDIA_TYPES.has(mediaType) ? mediaType : 'application/octet-stream';
}

/** RFC 6266: `filename` for old clients (ASCII only), `filename*` (RFC 5987) for the rest. */
export function contentDisposition(disposition: 'inline' | 'attachment', filename: string): string {
  const name = safeFilename(filename);
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Accents dropped ("é" → "e"), other non-ASCII, quotes, backslash and "%" become "_". */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/gu, '_');
}

/** Percent-encodes everything outside RFC 5987 attr-char. */
function encodeRfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
