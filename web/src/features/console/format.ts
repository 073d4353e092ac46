import type { Language } from '../../i18n';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "30 Nov 2026 16.00": an instant in the unit's time zone, compact enough for a queue row. */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

/** "Senin, 2 Maret 2026": a calendar date (YYYY-MM-DD), which has no time zone. */
export function formatDate(date: string, language: Language): string {
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

/** Working minutes split for "7 j 30 m": whole hours and the minutes left. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const minutes = Math.max(0, Math.round(total));
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Today's date (YYYY-MM-DD) in a time zone: the default of the suggestion-box date. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
