import { useLanguage } from '../../i18n';

const locales = { id: 'id-ID', en: 'en-GB' } as const;

/** Numbers as the UI language writes them; "–" where there is nothing to show. */
export function useFormat() {
  const language = useLanguage();
  const format = (value: number | null, digits = 0) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(locales[language], {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);
  return {
    count: (value: number | null) => format(value),
    hours: (value: number | null) => format(value, 2),
    percent: (value: number | null) => (value === null ? '–' : `${format(value, 1)} %`),
    decimal: (value: number | null) => format(value, 2),
    month: (month: string) =>
      new Intl.DateTimeFormat(locales[language], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
        new Date(`${month}-01T00:00:00Z`),
      ),
  };
}
