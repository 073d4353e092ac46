import type Holidays from 'date-holidays';
import { lazyModule } from '../../core/lazy-module.js';

const dateHolidays = lazyModule<typeof Holidays>('date-holidays');
import type { Holiday } from '../../../domain/calendar/index.js';

export const PREFILL_SOURCE = 'date-holidays (belum dikonfirmasi)';

/**
 * The npm package date-holidays (3.37) knows Indonesia's public holidays, but only well
 * enough to pre-fill a year that an administrator then checks against the SKB 3 Menteri.
 * What it returns for 'ID', as checked against the signed SKB of 2026:
 * - No cuti bersama at all (the SKB sets them; 8 days in 2026): they are entered by hand.
 * - Islamic holidays follow a computed Hijri calendar, not the Minister of Religion's sidang
 *   isbat: Idulfitri 2026 comes as 20–21 March where the SKB has 21–22 March. Other years
 *   may be off by a day too, which is why every entry is `confirmed: false`.
 * - Islamic holidays run from 18:00 the evening before to 18:00 (`start` 2026-05-26T11:00Z
 *   for Iduladha on 27 May), so the start instant, read in Asia/Jakarta, falls on the day
 *   BEFORE the holiday. We take the entry's own civil date (the first ten characters of its
 *   `date`, "2026-05-27 00:00:00 -0600"), which is the day the office is closed, and which
 *   does not depend on the server's time zone.
 * - 27 Rajab (Isra Mikraj) is labelled "Maulid Nabi Muhammad": relabelled below by its rule.
 * - Easter Sunday (Kebangkitan Yesus Kristus), listed by the SKB since 2024, is missing; it
 *   falls on a Sunday, closed anyway.
 * - Nyepi and Waisak are listed per year by the package; for years it does not list
 *   (2100 gives 8 entries) they and the Islamic holidays are simply absent.
 * - Two holidays can share a date (2027-12-25: Natal and a computed Isra Mikraj): they
 *   become one entry whose name joins both, since a unit has one holiday per date.
 * Only entries of type 'public' are taken (the package also knows observances).
 */
export function prefillHolidays(year: number): Holiday[] {
  const library = new (dateHolidays())('ID', { languages: ['id'], types: ['public'] });
  const byDate = new Map<string, Holiday>();
  for (const entry of library.getHolidays(year)) {
    if (entry.type !== 'public') continue;
    const date = entry.date.slice(0, 10);
    if (!date.startsWith(`${year}-`)) continue;
    const name = RELABEL[entry.rule] ?? entry.name;
    const existing = byDate.get(date);
    if (existing && existing.name.includes(name)) continue;
    byDate.set(date, {
      date,
      type: 'national_holiday',
      name: existing ? `${existing.name} / ${name}` : name,
      source: PREFILL_SOURCE,
      confirmed: false,
    });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Names date-holidays gets wrong, keyed by its rule. */
const RELABEL: Readonly<Record<string, string>> = {
  '27 Rajab': 'Isra Mikraj Nabi Muhammad SAW',
};
