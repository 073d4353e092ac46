import type { ErrorCode } from '../../domain/errors.js';
import type { Lang } from './language.js';

type Entry = Readonly<{ status: number; id: string; en: string }>;

/** Every error code's HTTP status and message, in one place. `{name}` is filled from params. */
export const PROBLEMS: Readonly<Record<ErrorCode, Entry>> = {
  validation_failed: { status: 400, id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  malformed_json: { status: 400, id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { status: 415, id: 'Jenis isi permintaan tidak didukung.', en: 'The request content type is not supported.' },
  payload_too_large: { status: 413, id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  not_found: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  route_not_found: { status: 404, id: 'Alamat {method} {path} tidak ada.', en: 'There is no {method} {path}.' },
  unit_not_found: { status: 404, id: 'Unit "{unitCode}" tidak ditemukan.', en: 'Unit "{unitCode}" was not found.' },
  standard_not_published: { status: 404, id: 'Unit "{unitCode}" belum menerbitkan standar pelayanan.', en: 'Unit "{unitCode}" has not published a service standard.' },
  user_not_found: { status: 404, id: 'Akun tidak ditemukan.', en: 'Account not found.' },
  unauthenticated: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: { status: 403, id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  cross_site_request: { status: 403, id: 'Permintaan dari situs lain ditolak.', en: 'Requests from another site are refused.' },
  invalid_credentials: { status: 401, id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  too_many_attempts: { status: 429, id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.', en: 'Too many failed sign-in attempts. Try again in {minutes} minutes.' },
  rate_limited: { status: 429, id: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.', en: 'Too many requests. Try again in {seconds} seconds.' },
  account_inactive: { status: 403, id: 'Akun ini telah dinonaktifkan. Hubungi administrator.', en: 'This account has been deactivated. Contact the administrator.' },
  email_taken: { status: 409, id: 'Email ini sudah terdaftar.', en: 'This email is already registered.' },
  role_not_allowed_on_unit: { status: 400, id: 'Peran {role} tidak dapat diberikan pada unit {unitCode}.', en: 'Role {role} cannot be granted on unit {unitCode}.' },
  last_admin: { status: 409, id: 'Administrator terakhir tidak dapat dinonaktifkan atau dicabut perannya.', en: 'The last administrator cannot be deactivated or lose the role.' },
  not_admin_ppe: { status: 403, id: 'Hanya Admin PPE yang mengatur status ketersediaan.', en: 'Only an Admin PPE sets availability.' },
  internal: { status: 500, id: 'Terjadi kesalahan pada server. Silakan coba lagi.', en: 'Something went wrong on the server. Please try again.' },
};

export function problemMessage(code: ErrorCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const template = PROBLEMS[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function problemTitle(code: ErrorCode): string {
  return code.replace(/_/g, ' ');
}
