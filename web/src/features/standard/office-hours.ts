import type { CalendarSettings, Holiday as ApiHoliday } from '../../api';

/** ISO weekdays: "1" = Monday … "7" = Sunday. */
export type WeekHours = CalendarSettings['week'];
/** A day's office hours as the API gives them (local times "HH:MM"); null = closed. */
export type DayHours = WeekHours['1'];
export type HoursOverride = CalendarSettings['overrides'][number];

/** Consecutive weekdays with the same hours: "Senin–Kamis 07:30–16:00". */
export type DayGroup = { firstDay: number; lastDay: number; hours: DayHours };

const ISO_DAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

const sameHours = (a: DayHours, b: DayHours): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The week as a citizen reads it: days with equal hours grouped, Monday first. */
export function groupWeek(week: WeekHours): DayGroup[] {
  const groups: DayGroup[] = [];
  ISO_DAYS.forEach((key, index) => {
    const day = index + 1;
    const hours = week[key] ?? null;
    const last = groups.at(-1);
    if (last && last.lastDay === day - 1 && sameHours(last.hours, hours)) last.lastDay = day;
    else groups.push({ firstDay: day, lastDay: day, hours });
  });
  return groups;
}

/** Overrides (Ramadan hours, closures) in force today or later, soonest first. */
export function currentOverrides(overrides: readonly HoursOverride[], today: string): HoursOverride[] {
  return overrides.filter((override) => override.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}

/** The date (YYYY-MM-DD) it is now in a time zone: the unit's "today". */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export type Holiday = Pick<ApiHoliday, 'date' | 'type' | 'name'>;

/** The next holidays from today (inclusive), in date order. */
export function upcomingHolidays(holidays: readonly Holiday[], today: string, count: number): Holiday[] {
  return holidays
    .filter((holiday) => holiday.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, count);
}
