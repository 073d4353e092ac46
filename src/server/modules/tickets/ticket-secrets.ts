import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Secrets a reporter without an account holds: the tracking PIN (8 digits, easy to read out on
 * the telephone) and the claim token of the portal redirect link. Only an HMAC of each is
 * stored, keyed with the server's session secret.
 */
export function newTrackingPin(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

export function newClaimToken(): string {
  return randomBytes(24).toString('base64url');
}

export function secretDigest(
  secret: string,
  purpose: 'pin' | 'claim',
  ticketCode: string,
  value: string,
): string {
  return createHmac('sha256', secret).update(`${purpose}:${ticketCode}:${value.trim()}`).digest('base64url');
}

export function secretMatches(
  secret: string,
  purpose: 'pin' | 'claim',
  ticketCode: string,
  value: string,
  stored: string | null,
): boolean {
  if (!stored) return false;
  const actual = Buffer.from(secretDigest(secret, purpose, ticketCode, value));
  const expected = Buffer.from(stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
