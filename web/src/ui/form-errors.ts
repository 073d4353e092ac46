// The error module alone: this file is unit-tested without a browser (no i18n, no fetch).
import { isApiError } from '../api/api-error';

/** What a failed submission shows: messages at the fields of the form, the rest above it. */
export type FormErrors = {
  fields: Record<string, string>;
  /** Whatever no field of the form can carry, shown above it. */
  general: string[];
};

const none: FormErrors = { fields: {}, general: [] };

/**
 * Splits an API error between the fields a form shows (`email`, `reporter.phone`) and the
 * message above the form, so everything the API said is shown, next to its field if it has one.
 * A validation failure carries a message per field. Any other refusal that names a field
 * (`email_taken`, `attachment_type_refused`) has its real message in the problem's `detail`:
 * that is what the field shows.
 */
export function formErrors(error: unknown, shownFields: readonly string[], fallback: string): FormErrors {
  if (!error) return none;
  if (!isApiError(error)) return { fields: {}, general: [fallback] };
  const fields: Record<string, string> = {};
  const orphans: string[] = [];
  const isValidation = error.code === 'validation_failed';
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (shownFields.includes(field)) fields[field] = isValidation ? message : error.message;
    else orphans.push(message);
  }
  // Outside validation, the detail already says it all; its field entries only point at the field.
  if (!isValidation) return { fields, general: Object.keys(fields).length > 0 ? [] : [error.message] };
  return { fields, general: Object.keys(fields).length > 0 ? orphans : [error.message, ...orphans] };
}
