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
  'holiday_not_found',
  'no_working_time',
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
  'ticket_not_found',
  'category_not_found',
  'version_conflict',
  'transition_not_allowed',
  'escalation_must_go_up_one_tier',
  'admin_ppe_unreachable',
  'admin_ppe_available',
  'redirect_only_phone_at_helpdesk',
  'cannot_return_from_helpdesk',
  'claim_not_open',
  'claim_token_invalid',
  'awaiting_claim',
  'coordination_required',
  'not_a_complaint',
  'lkpp_reference_external_only',
  'no_extension_pending',
  'attachment_too_large',
  'attachment_type_refused',
  'too_many_attachments',
  'attachment_unavailable',
  'survey_not_open',
  'survey_already_answered',
  'password_reset_invalid',
  'held_mail_not_releasable',
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
