/** The header lines of a message, lower-case names, values unfolded (as mailparser's headerLines). */
export type HeaderLines = ReadonlyArray<Readonly<{ key: string; line: string }>>;

/** Every value of a header, in order. */
export function headerValues(lines: HeaderLines, name: string): string[] {
  const key = name.toLowerCase();
  return lines
    .filter((h) => h.key === key)
    .map((h) =>
      h.line
        .slice(h.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
}

export type MailOrigin = 'person' | 'auto' | 'bounce' | 'own';

/**
 * Whether a mail was written by a person, or is something that must never open a ticket nor
 * be answered: a delivery report (bounce), an automatic message (RFC 3834 Auto-Submitted,
 * vacation replies, lists), or our own mail come back. Answering those is how helpdesks end up
 * in mail loops.
 */
export function classifyMail(
  lines: HeaderLines,
  from: string | null,
  ownAddresses: ReadonlySet<string>,
): MailOrigin {
  if (from && ownAddresses.has(from.toLowerCase())) return 'own';
  if (headerValues(lines, 'x-tanggap-mail').length > 0) return 'own';
  if (isBounce(lines, from)) return 'bounce';
  if (isAutomatic(lines)) return 'auto';
  return 'person';
}

function isBounce(lines: HeaderLines, from: string | null): boolean {
  const contentType = headerValues(lines, 'content-type')[0]?.toLowerCase() ?? '';
  if (
    contentType.startsWith('multipart/report') &&
    /report-type\s*=\s*"?(delivery-status|disposition-notification)/.test(contentType)
  )
    return true;
  if (headerValues(lines, 'return-path').some((v) => /^<\s*>$/.test(v))) return true;
  const local = from?.split('@')[0]?.toLowerCase() ?? '';
  return local === 'mailer-daemon' || local === 'postmaster';
}

function isAutomatic(lines: HeaderLines): boolean {
  const autoSubmitted = headerValues(lines, 'auto-submitted')[0]?.toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return true;
  if (headerValues(lines, 'precedence').some((v) => /^(bulk|junk|list|auto_reply)$/i.test(v))) return true;
  if (headerValues(lines, 'x-autoreply').length > 0 || headerValues(lines, 'x-autorespond').length > 0)
    return true;
  if (headerValues(lines, 'list-id').length > 0 || headerValues(lines, 'list-unsubscribe').length > 0)
    return true;
  const subject = headerValues(lines, 'subject')[0] ?? '';
  return /^(auto(matic)?[ -]?reply|autoreply|automatische antwort|balasan otomatis|out of office)\b/i.test(
    subject,
  );
}

/**
 * Whether the mailbox provider's own check said the From address was forged (DMARC fail).
 * Only the topmost Authentication-Results header counts: the one the receiving server added.
 */
export function failedDmarc(lines: HeaderLines): boolean {
  const top = headerValues(lines, 'authentication-results')[0]?.toLowerCase() ?? '';
  return /\bdmarc=fail\b/.test(top);
}
