import { z } from 'zod';

/*
 * The strings people type, as the API accepts them. Text is shown again to staff, to the
 * reporter, in mail, in the console and in reports, so it must show what it holds: no control
 * characters that print nothing (or ring, or erase), no unpaired UTF-16 halves (stored as
 * U+FFFD, so not what was sent), and no bidirectional overrides, which make "PYK-2026-000123"
 * display as another code (the "Trojan Source" trick, CVE-2021-42574).
 *
 * Single-line text (names, subjects, codes, organisation, phone, e-mail) also refuses CR and
 * LF: a line break in a name forges a second line in a mail header, a CSV row or a log line.
 * Multi-line text (descriptions, replies, notes, reasons) keeps line feeds (CRLF too) and tabs.
 */

/** NUL, the other C0 controls, DEL and the C1 controls, less tab, LF and CR (judged apart). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** In multi-line text, a CR that does not start a CRLF; in single-line text, any CR or LF. */
const LONE_CR = /\r(?!\n)/;
const LINE_BREAK = /[\r\n]/;

export type TextFieldCode = 'control_character' | 'line_break' | 'bidi_control' | 'invalid_character';
export type TextKind = 'single_line' | 'multi_line';

/** What is wrong with `text` as a field of that kind, or null when nothing is. */
export function textFault(text: string, kind: TextKind): TextFieldCode | null {
  if (CONTROL.test(text)) return 'control_character';
  if (kind === 'single_line') {
    if (text.includes('\t')) return 'control_character';
    if (LINE_BREAK.test(text)) return 'line_break';
  } else if (LONE_CR.test(text)) return 'control_character';
  if (BIDI_CONTROL.test(text)) return 'bidi_control';
  if (LONE_SURROGATE.test(text)) return 'invalid_character';
  return null;
}

/**
 * A zod custom issue carrying a field code (`params.code`): the problem handler answers that
 * code and its message (field-messages.ts) rather than zod's generic "custom".
 */
function refuseFaults(kind: TextKind) {
  return (value: string, ctx: z.RefinementCtx) => {
    const code = textFault(value, kind);
    if (code) ctx.addIssue({ code: 'custom', message: code, params: { code } });
  };
}

/** One line of text, trimmed, `min`–`max` characters: names, subjects, codes, organisation. */
export function singleLine(min: number, max: number) {
  return lengthBetween(min, max).superRefine(refuseFaults('single_line'));
}

/** Text with line breaks and tabs, trimmed, `min`–`max` characters: descriptions, replies, notes. */
export function multiLine(min: number, max: number) {
  return lengthBetween(min, max).superRefine(refuseFaults('multi_line'));
}

/** A trimmed string of `min`–`max` characters (no `minLength: 0` in the API description). */
function lengthBetween(min: number, max: number) {
  const trimmed = z.string().trim();
  return (min > 0 ? trimmed.min(min) : trimmed).max(max);
}

/**
 * A host name as DNS allows it (RFC 1035/1123): 1–63 letters, digits or hyphens a label, no
 * hyphen first or last, 253 characters in all, and a top-level domain of letters.
 */
const DOMAIN =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /\.[A-Za-z]{2,63}$/;

/** True when the part after the last `@` is a well-formed internet host name. */
export function hasValidEmailDomain(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return DOMAIN.test(domain) && TOP_LEVEL_DOMAIN.test(domain);
}

/**
 * An e-mail address: zod's address syntax, at most 254 characters (RFC 5321), and a domain
 * DNS could hold. Whether the domain exists is not asked (no lookup at the edge).
 */
export function emailAddress() {
  return z
    .email()
    .max(254)
    .superRefine((value, ctx) => {
      // An address zod already refused is not judged twice.
      if (z.regexes.email.test(value) && !hasValidEmailDomain(value))
        ctx.addIssue({
          code: 'custom',
          message: 'invalid_email_domain',
          params: { code: 'invalid_email_domain' },
        });
    });
}

/** An e-mail address as `emailAddress()` checks it, or the empty string (none given). */
export function emailAddressOrEmpty() {
  return z
    .string()
    .trim()
    .max(254)
    .superRefine((value, ctx) => {
      if (value === '') return;
      const code = !z.regexes.email.test(value)
        ? 'invalid_email'
        : hasValidEmailDomain(value)
          ? null
          : 'invalid_email_domain';
      if (code) ctx.addIssue({ code: 'custom', message: code, params: { code } });
    });
}
