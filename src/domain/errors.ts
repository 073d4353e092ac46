/**
 * The stable error codes of Tanggap. Use cases throw DomainError with one of these; the HTTP
 * layer maps each to a status and a message in Bahasa Indonesia or English, in one place
 * (src/server/http/problem-catalogue.ts).
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'route_not_found',
  'unit_not_found',
  'standard_not_published',
  'user_not_found',
  'unauthenticated',
  'forbidden',
  'cross_site_request',
  'invalid_credentials',
  'too_many_attempts',
  'rate_limited',
  'account_inactive',
  'email_taken',
  'role_not_allowed_on_unit',
  'last_admin',
  'not_admin_ppe',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = Readonly<{ field: string; code: string; message?: { id: string; en: string } }>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
