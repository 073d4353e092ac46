/**
 * The stable error codes the web app reacts to. The server may send others; they are
 * still carried (as a string) and their message is shown as-is.
 */
export type KnownErrorCode =
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'unauthenticated'
  | 'validation_failed'
  | 'not_found'
  | 'network_error'
  | 'unexpected_response';

// `string & {}` keeps editor completion for the known codes while accepting any string.
export type ApiErrorCode = KnownErrorCode | (string & {});

/** Field name → the message to show under that field. */
export type FieldErrors = Record<string, string>;

export type ApiErrorInit = {
  status: number;
  code: ApiErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
};

/** What every failed API call throws: an RFC 9457 problem, made typed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fieldErrors: FieldErrors;

  constructor({ status, code, message, fieldErrors = {} }: ApiErrorInit) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function readFieldErrors(errors: unknown): FieldErrors {
  const fieldErrors: FieldErrors = {};
  if (!Array.isArray(errors)) return fieldErrors;
  for (const entry of errors) {
    if (!isRecord(entry)) continue;
    const field = nonEmptyString(entry.field);
    const message = nonEmptyString(entry.message);
    // The first message for a field is the one shown; later ones add nothing readable.
    if (field && message && !(field in fieldErrors)) fieldErrors[field] = message;
  }
  return fieldErrors;
}

/**
 * Turns an error response body (ideally `application/problem+json`) into an ApiError.
 * `detail` is already in the language we asked for; `fallbackMessage` covers a body that
 * is not a problem at all (a proxy's HTML page, an empty 502).
 */
export function problemToApiError(status: number, body: unknown, fallbackMessage: string): ApiError {
  if (!isRecord(body)) {
    return new ApiError({ status, code: 'unexpected_response', message: fallbackMessage });
  }
  return new ApiError({
    status,
    code: nonEmptyString(body.code) ?? 'unexpected_response',
    message: nonEmptyString(body.detail) ?? nonEmptyString(body.title) ?? fallbackMessage,
    fieldErrors: readFieldErrors(body.errors),
  });
}
