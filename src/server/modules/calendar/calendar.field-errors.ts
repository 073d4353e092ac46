import { assertNever } from '../../../domain/assert-never.js';
import type { CalendarFieldError, CalendarFieldErrorCode } from '../../../domain/calendar/index.js';
import type { FieldError } from '../../../domain/errors.js';

/** The calendar parser's field errors as the problem's failing fields, in both languages. */
export function calendarFieldErrors(errors: readonly CalendarFieldError[]): FieldError[] {
  return errors.map((error) => ({ field: error.path, code: error.code, message: messageOf(error.code) }));
}

function messageOf(code: CalendarFieldErrorCode): { id: string; en: string } {
  switch (code) {
    case 'required':
      return {
        id: 'Wajib diisi (gunakan null untuk hari libur).',
        en: 'Required (use null for a closed day).',
      };
    case 'invalid_type':
      return { id: 'Jenis nilai tidak sesuai.', en: 'Wrong kind of value.' };
    case 'invalid_time':
      return {
        id: 'Harus berupa jam JJ:MM antara 00:00 dan 24:00.',
        en: 'Must be a time HH:MM between 00:00 and 24:00.',
      };
    case 'invalid_date':
      return { id: 'Harus berupa tanggal YYYY-MM-DD.', en: 'Must be a YYYY-MM-DD date.' };
    case 'invalid_holiday_type':
      return {
        id: 'Jenis libur harus national_holiday, cuti_bersama atau local.',
        en: 'Holiday type must be national_holiday, cuti_bersama or local.',
      };
    case 'unknown_time_zone':
      return { id: 'Zona waktu IANA tidak dikenal.', en: 'Unknown IANA time zone.' };
    case 'close_not_after_open':
      return { id: 'Jam tutup harus setelah jam buka.', en: 'Closing time must be after opening time.' };
    case 'break_end_not_after_start':
      return { id: 'Akhir istirahat harus setelah awalnya.', en: 'A break must end after it starts.' };
    case 'break_outside_hours':
      return {
        id: 'Istirahat harus berada di dalam jam kerja.',
        en: 'A break must lie within office hours.',
      };
    case 'breaks_overlap':
      return {
        id: 'Istirahat bertumpang tindih dengan istirahat lain.',
        en: 'The break overlaps another break.',
      };
    case 'from_after_to':
      return {
        id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
        en: 'The end date must not be before the start date.',
      };
    case 'overrides_overlap':
      return {
        id: 'Rentang tanggal beririsan sebagian dengan pengaturan lain; rentang harus terpisah atau yang satu di dalam yang lain.',
        en: 'The date range partly overlaps another override; ranges must be apart or one inside the other.',
      };
    default:
      return assertNever(code);
  }
}
