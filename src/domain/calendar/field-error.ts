/**
 * Field errors returned when a calendar spec or holiday list is rejected. The server maps
 * `code` to an RFC 9457 problem's failing fields (and to Indonesian or English text);
 * `message` is an English fallback.
 */

export type CalendarFieldErrorCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_time'
  | 'invalid_date'
  | 'invalid_holiday_type'
  | 'unknown_time_zone'
  | 'close_not_after_open'
  | 'break_end_not_after_start'
  | 'break_outside_hours'
  | 'breaks_overlap'
  | 'from_after_to'
  | 'overrides_overlap';

/** A rejected field: `path` is dotted, e.g. "week.5.breaks.0.start" or "holidays.3.date". */
export type CalendarFieldError = {
  readonly path: string;
  readonly code: CalendarFieldErrorCode;
  readonly message: string;
};

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly CalendarFieldError[] };

export type ErrorSink = CalendarFieldError[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a required string field, recording an error when it is missing or not a string. */
export function readString(
  record: Record<string, unknown>,
  key: string,
  path: string,
  errors: ErrorSink,
): string | null {
  const value = record[key];
  if (typeof value === 'string') return value;
  errors.push(
    value === undefined
      ? { path: join(path, key), code: 'required', message: `${key} is required` }
      : { path: join(path, key), code: 'invalid_type', message: `${key} must be a string` },
  );
  return null;
}

/** Reads a required array field, recording an error when it is missing or not an array. */
export function readArray(
  record: Record<string, unknown>,
  key: string,
  path: string,
  errors: ErrorSink,
): readonly unknown[] | null {
  const value = record[key];
  if (Array.isArray(value)) return value;
  errors.push(
    value === undefined
      ? { path: join(path, key), code: 'required', message: `${key} is required` }
      : { path: join(path, key), code: 'invalid_type', message: `${key} must be an array` },
  );
  return null;
}

export function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}
