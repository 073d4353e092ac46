import { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_POLICY, type AllowedType } from './attachment-policy.js';

/** How many leading bytes detectFileType wants to see (fewer is fine for a shorter file). */
export const FILE_HEAD_BYTES = 4096;

/** Text files are searched this far for markup a browser could treat as HTML or SVG. */
const MARKUP_SCAN_BYTES = 1024;

/**
 * Markers of HTML, SVG or XML anywhere near the start of a text file. A browser that sniffs
 * (an old one, or a proxy that drops nosniff) would render such a file as a page.
 */
const MARKUP_MARKERS = ['<!doctype', '<html', '<head', '<body', '<script', '<iframe', '<svg', '<?xml'];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Decides what an uploaded file is from its first bytes (`head`, ideally FILE_HEAD_BYTES of
 * them) and checks that its name's extension agrees. Returns null when the file is refused:
 * unknown or spoofed content, HTML or SVG in any disguise, a name that does not match the
 * content, or a type outside `allowed`. The client's claimed Content-Type is never consulted.
 */
export function detectFileType(
  head: Buffer,
  filename: string,
  allowed: readonly AllowedType[] = DEFAULT_ATTACHMENT_POLICY.allowed,
): AllowedType | null {
  const ext = extensionOf(filename);
  const detected = sniff(head, ext);
  if (!detected || !detected.extensions.includes(ext)) return null;
  return allowed.some((t) => t.mediaType === detected.mediaType) ? detected : null;
}

/** The lower-case extension after the last dot of the last path segment, or ''. */
export function extensionOf(filename: string): string {
  const base = filename.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function sniff(head: Buffer, ext: string): AllowedType | null {
  if (startsWith(head, ascii('%PDF-'))) return ATTACHMENT_TYPES.pdf;
  if (startsWith(head, PNG)) return ATTACHMENT_TYPES.png;
  if (startsWith(head, JPEG)) return ATTACHMENT_TYPES.jpeg;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return ATTACHMENT_TYPES.gif;
  if (startsWith(head, ascii('RIFF')) && startsWith(head.subarray(8), ascii('WEBP')))
    return ATTACHMENT_TYPES.webp;
  // A ZIP container is only as good as its name: OOXML documents are ZIPs, and so are .jar,
  // .apk and .xpi, which we refuse.
  if (startsWith(head, ZIP)) return zipByExtension(ext);
  if (startsWith(head, OLE2))
    return ext === 'doc' ? ATTACHMENT_TYPES.doc : ext === 'xls' ? ATTACHMENT_TYPES.xls : null;
  if (ext === 'txt' || ext === 'csv') return isPlainText(head) ? ATTACHMENT_TYPES[ext] : null;
  return null;
}

function zipByExtension(ext: string): AllowedType | null {
  switch (ext) {
    case 'docx':
    case 'xlsx':
    case 'pptx':
    case 'zip':
      return ATTACHMENT_TYPES[ext];
    default:
      return null;
  }
}

/** Valid UTF-8 (a sequence cut off by the end of `head` is fine), no NUL, nothing HTML-like. */
function isPlainText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let text: string;
  try {
    // stream: true tolerates a multi-byte character cut in half at the end of the head.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  // A tag, comment or processing instruction as the first thing in the file.
  if (/^\uFEFF?\s*<[a-z!?/]/i.test(text)) return false;
  const start = head.subarray(0, MARKUP_SCAN_BYTES).toString('latin1').toLowerCase();
  return !MARKUP_MARKERS.some((marker) => start.includes(marker));
}

function startsWith(buf: Buffer, signature: readonly number[]): boolean {
  return buf.length >= signature.length && signature.every((byte, i) => buf[i] === byte);
}

function ascii(s: string): number[] {
  return [...Buffer.from(s, 'latin1')];
}
