import { createHash } from 'node:crypto';
import { newId } from '../core/ids.js';

/**
 * Message-IDs are kept without angle brackets, as written (they are case-sensitive in the
 * local part). `<abc@x>` and ` abc@x ` are the same id.
 */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return trimmed.length > 0 && trimmed.length <= 995 && !/\s/.test(trimmed) ? trimmed : null;
}

/** Every `<id>` in an In-Reply-To or References header (or the values mailparser gives), in order. */
export function messageIdsIn(value: string | readonly string[] | null | undefined): string[] {
  if (!value) return [];
  const text = typeof value === 'string' ? value : value.join(' ');
  const bracketed = [...text.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!);
  const ids = bracketed.length > 0 ? bracketed : text.split(/[\s,]+/);
  return ids.map(normaliseMessageId).filter((id): id is string => id !== null);
}

/** A new Message-ID in our domain: time-ordered, unique. */
export function newMessageId(domain: string, nowMs: number): string {
  return `${newId(nowMs)}@${domain}`;
}

/** Stands in for a missing Message-ID: the same raw message always gets the same one. */
export function syntheticMessageId(raw: Buffer): string {
  return `sha256-${createHash('sha256').update(raw).digest('hex')}@tanggap.invalid`;
}

/** `<id>` for a header. */
export function bracketed(id: string): string {
  return `<${id}>`;
}
