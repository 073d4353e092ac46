import type { Lang } from './language.js';

/** The parts of a zod issue we turn into a sentence for a person. */
export type IssueLike = Readonly<{
  code: string;
  missing: boolean;
  params: Readonly<Record<string, unknown>>;
}>;

/** A short message for one failing field, in the asked language. */
export function fieldMessage(issue: IssueLike, lang: Lang): string {
  const p = issue.params;
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  if (issue.missing) return t('Wajib diisi.', 'Required.');
  switch (issue.code) {
    case 'invalid_type':
      return t(`Harus berupa ${typeName(p.expected, 'id')}.`, `Must be ${typeName(p.expected, 'en')}.`);
    case 'too_small':
      return p.origin === 'string'
        ? t(`Minimal ${String(p.minimum)} karakter.`, `At least ${String(p.minimum)} characters.`)
        : t(`Minimal ${String(p.minimum)}.`, `At least ${String(p.minimum)}.`);
    case 'too_big':
      return p.origin === 'string'
        ? t(`Maksimal ${String(p.maximum)} karakter.`, `At most ${String(p.maximum)} characters.`)
        : t(`Maksimal ${String(p.maximum)}.`, `At most ${String(p.maximum)}.`);
    case 'invalid_format':
      return formatMessage(String(p.format ?? ''), lang);
    case 'invalid_value':
      return t(`Harus salah satu dari: ${listOf(p.values)}.`, `Must be one of: ${listOf(p.values)}.`);
    case 'unrecognized_keys':
      return t(`Kolom tidak dikenal: ${listOf(p.keys)}.`, `Unknown field(s): ${listOf(p.keys)}.`);
    case 'control_character':
      return t(
        'Berisi karakter kontrol yang tidak diizinkan.',
        'Contains a control character that is not allowed.',
      );
    case 'line_break':
      return t('Harus satu baris, tanpa ganti baris.', 'Must be a single line, without line breaks.');
    case 'bidi_control':
      return t(
        'Berisi karakter pengubah arah teks yang tidak diizinkan.',
        'Contains a text-direction override character that is not allowed.',
      );
    case 'invalid_character':
      return t('Berisi karakter yang tidak valid.', 'Contains an invalid character.');
    case 'malformed_multipart':
      return t(
        'Isi unggahan rusak atau terpotong (multipart/form-data tidak lengkap).',
        'The upload is malformed or cut short (incomplete multipart/form-data).',
      );
    case 'invalid_email':
      return formatMessage('email', lang);
    case 'invalid_email_domain':
      return t('Nama domain alamat email tidak valid.', 'The domain of the email address is not valid.');
    default:
      return t('Nilai tidak valid.', 'Invalid value.');
  }
}

function formatMessage(format: string, lang: Lang): string {
  const known: Record<string, [string, string]> = {
    email: ['Alamat email tidak valid.', 'Not a valid email address.'],
    url: ['Alamat URL tidak valid.', 'Not a valid URL.'],
    regex: ['Format tidak sesuai.', 'Wrong format.'],
    datetime: ['Harus berupa tanggal dan waktu ISO 8601.', 'Must be an ISO 8601 date and time.'],
    date: ['Harus berupa tanggal YYYY-MM-DD.', 'Must be a YYYY-MM-DD date.'],
  };
  const pair = known[format] ?? known.regex!;
  return lang === 'en' ? pair[1] : pair[0];
}

function typeName(expected: unknown, lang: Lang): string {
  const names: Record<string, [string, string]> = {
    string: ['teks', 'text'],
    number: ['angka', 'a number'],
    int: ['bilangan bulat', 'a whole number'],
    boolean: ['true atau false', 'true or false'],
    object: ['objek', 'an object'],
    array: ['daftar', 'a list'],
  };
  const pair = names[String(expected)];
  return pair ? (lang === 'en' ? pair[1] : pair[0]) : String(expected);
}

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => String(v)).join(', ') : '';
}
