/** Longest body kept as a ticket's text; the whole text is attached beyond it. */
export const MAX_MAIL_TEXT = 20_000;

/** A ticket code anywhere in a subject: `PYK-2026-000123`, with or without brackets. */
const TICKET_CODE = /\b([A-Z0-9]{2,8}-\d{4}-\d{6})\b/;

export function ticketCodeIn(subject: string | null | undefined): string | null {
  return TICKET_CODE.exec((subject ?? '').toUpperCase())?.[1] ?? null;
}

/**
 * Plain text safe to store and show: the text part (or the HTML part already turned into
 * text by the parser — no markup survives), line ends unified, control characters and
 * invisible direction marks removed, runs of blank lines folded.
 */
export function cleanMailText(text: string | null | undefined): string {
  return (
    (text ?? '')
      .replace(/\r\n?/g, '\n')
      // Control characters other than the tab and the line feed.
      .replace(/[^\P{Cc}\t\n]/gu, '')
      .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** The lines that start the quoted history in replies (Gmail, Outlook, Apple Mail; id and en). */
const ATTRIBUTION = [
  /^On .{4,200} wrote:$/i,
  /^Pada .{4,200} menulis:$/i,
  /^-{2,}\s*(Original Message|Pesan Asli|Forwarded message|Pesan yang diteruskan)\s*-{2,}$/i,
  /^_{10,}$/,
];

/**
 * A reply without the history it quotes: cut at the first attribution line ("On … wrote:",
 * "Pada … menulis:") followed by quoted text, or at a trailing block of `>` lines. When
 * nothing would remain the whole text is kept.
 */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // Gmail wraps a long attribution over two lines.
    const joined = `${line} ${lines[i + 1]?.trim() ?? ''}`.trim();
    if (
      ATTRIBUTION.some((re) => re.test(line)) ||
      (/^(On|Pada)\s/i.test(line) && ATTRIBUTION.slice(0, 2).some((re) => re.test(joined)))
    ) {
      cut = i;
      break;
    }
  }
  let kept = lines.slice(0, cut);
  while (kept.length > 0 && (kept.at(-1)!.trim() === '' || kept.at(-1)!.trimStart().startsWith('>')))
    kept = kept.slice(0, -1);
  const result = kept.join('\n').trim();
  return result.length > 0 ? result : text.trim();
}

/** A subject for a new ticket: the mail's, without reply/forward prefixes, else the first line of the text. */
export function ticketSubject(subject: string | null | undefined, text: string, fallback: string): string {
  const cleaned = (subject ?? '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/^(\s*(re|fw|fwd|aw|bls|balas|tr)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chosen =
    cleaned ||
    text
      .split('\n')
      .find((l) => l.trim().length > 0)
      ?.trim() ||
    fallback;
  return chosen.length > 200 ? `${chosen.slice(0, 197)}…` : chosen;
}

/** A display name from a From header, on one line, at most 120 characters. */
export function senderName(name: string | null | undefined): string | null {
  const cleaned = (name ?? '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/["<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length >= 2 ? cleaned.slice(0, 120) : null;
}
