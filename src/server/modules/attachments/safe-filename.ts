/** Longest name we keep, in Unicode code points, extension included. */
export const MAX_FILENAME_LENGTH = 150;

const FALLBACK_BASE = 'lampiran';

/** Control characters: C0 (NUL, CR, LF…), DEL and C1. */
const CONTROL = /\p{Cc}/gu;
/**
 * Bidirectional overrides and marks: "Surat\u202Efdp.exe" displays as "Suratexe.pdf".
 * Zero-width characters and the BOM hide text in a name the same way.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters Windows refuses in file names; a download named with them would fail there. */
const WINDOWS_RESERVED = /[<>:"|?*]/g;
/** Half of a surrogate pair (invalid UTF-16, cannot be percent-encoded). */
const LONE_SURROGATE = /\p{Cs}/gu;
/** An extension we keep when shortening: short and alphanumeric. */
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * Turns a client-supplied file name into one safe to store, show and put in a
 * Content-Disposition header: no directories (either slash), no control or invisible
 * characters, no leading dots (hidden files), at most MAX_FILENAME_LENGTH code points with
 * the extension kept, and never empty ("lampiran" plus the extension, if any).
 */
export function safeFilename(name: string): string {
  const cleaned = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(WINDOWS_RESERVED, '_')
    .trim()
    // Windows drops trailing dots and spaces, which could change the extension on save.
    .replace(/[.\s]+$/u, '');
  const ext = EXTENSION.exec(cleaned)?.[0] ?? '';
  let base = cleaned.slice(0, cleaned.length - ext.length).replace(/^[.\s]+/u, '');
  const room = MAX_FILENAME_LENGTH - [...ext].length;
  base = [...base]
    .slice(0, room)
    .join('')
    .replace(/[.\s]+$/u, '');
  return (base || FALLBACK_BASE) + ext;
}
