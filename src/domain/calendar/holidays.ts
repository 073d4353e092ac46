/**
 * Public holidays and cuti bersama. The source of truth is an editable table per year,
 * filled from the SKB 3 Menteri (joint decree of the Ministers of Religion, Manpower and
 * State Apparatus) published each September, plus any local holidays a unit declares.
 */
import { isIsoDate, type IsoDate } from './local-date.js';
import { isRecord, join, readString, type ErrorSink, type ParseResult } from './field-error.js';

/**
 * national_holiday: hari libur nasional; cuti bersama: collective leave days set by the
 * same SKB 3 Menteri, on which government offices are closed; local: declared by the unit
 * or its region.
 */
export type HolidayType = 'national_holiday' | 'cuti_bersama' | 'local';

export const HOLIDAY_TYPES: readonly HolidayType[] = ['national_holiday', 'cuti_bersama', 'local'];

/**
 * One closed day. `confirmed: false` marks a date that may still move (Islamic dates are
 * fixed by the Minister of Religion after the sidang isbat); it is closed all the same.
 */
export type Holiday = {
  readonly date: IsoDate;
  readonly type: HolidayType;
  readonly name: string;
  readonly source: string;
  readonly confirmed: boolean;
};

/**
 * Validates a list of holidays (e.g. config/holidays/2026.json or an admin's edit).
 * `confirmed` may be omitted and then defaults to true: an entry copied from a signed
 * SKB is confirmed.
 */
export function parseHolidays(input: unknown, path = 'holidays'): ParseResult<Holiday[]> {
  const errors: ErrorSink = [];
  const holidays = collectHolidays(input, path, errors);
  return errors.length === 0 ? { ok: true, value: holidays } : { ok: false, errors };
}

/** As parseHolidays, appending to a shared error list (used by the spec parser). */
export function collectHolidays(input: unknown, path: string, errors: ErrorSink): Holiday[] {
  if (!Array.isArray(input)) {
    const code = input === undefined ? 'required' : 'invalid_type';
    errors.push({ path, code, message: 'holidays must be an array' });
    return [];
  }
  const holidays: Holiday[] = [];
  input.forEach((entry: unknown, index) => {
    const holiday = parseHoliday(entry, join(path, index), errors);
    if (holiday !== null) holidays.push(holiday);
  });
  return holidays;
}

function parseHoliday(entry: unknown, path: string, errors: ErrorSink): Holiday | null {
  if (!isRecord(entry)) {
    errors.push({ path, code: 'invalid_type', message: 'a holiday must be an object' });
    return null;
  }
  const before = errors.length;
  const date = readString(entry, 'date', path, errors);
  const type = readString(entry, 'type', path, errors);
  const name = readString(entry, 'name', path, errors);
  const source = readString(entry, 'source', path, errors);
  const confirmed = entry['confirmed'] ?? true;
  if (date !== null && !isIsoDate(date)) {
    errors.push({
      path: join(path, 'date'),
      code: 'invalid_date',
      message: `"${date}" is not a date YYYY-MM-DD`,
    });
  }
  if (type !== null && !isHolidayType(type)) {
    const message = `type must be one of ${HOLIDAY_TYPES.join(', ')}`;
    errors.push({ path: join(path, 'type'), code: 'invalid_holiday_type', message });
  }
  if (name !== null && name.trim() === '') {
    errors.push({ path: join(path, 'name'), code: 'required', message: 'name must not be empty' });
  }
  if (typeof confirmed !== 'boolean') {
    errors.push({
      path: join(path, 'confirmed'),
      code: 'invalid_type',
      message: 'confirmed must be a boolean',
    });
  }
  if (errors.length > before || date === null || type === null || name === null || source === null)
    return null;
  return { date, type: type as HolidayType, name, source, confirmed: confirmed as boolean };
}

export function isHolidayType(value: string): value is HolidayType {
  return (HOLIDAY_TYPES as readonly string[]).includes(value);
}
