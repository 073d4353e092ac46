import type { Language } from './index';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "Senin, 30 November 2026 16.00 WIB": an instant in the unit's time zone, in the UI language. */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

/** "30 Nov 2026": the day of an instant in the unit's time zone, for lists. */
export function formatShortDate(iso: string, language: Language, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(at);
}

/** "Kamis, 24 Desember 2026": a calendar date (YYYY-MM-DD), which has no time zone. */
export function formatCalendarDate(date: string, language: Language): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** "1,2 MB", "340 KB": a file size as people read it. */
export function formatFileSize(bytes: number, language: Language): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / 1024 / 1024)} MB`;
}
