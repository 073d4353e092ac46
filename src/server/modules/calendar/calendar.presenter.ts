import type { Holiday, HolidayType } from '../../../domain/calendar/index.js';
import type { HolidayRow, UnitCalendarRow } from './calendar.repository.js';
import type { CalendarSettings } from '../units/calendar-settings.schema.js';
import type { CalendarView, HolidayView } from './calendar.schemas.js';

/** A holiday row as the domain (and the API) has it. */
export function holidayFromRow(row: HolidayRow): Holiday {
  return {
    date: row.date,
    type: row.type as HolidayType,
    name: row.name,
    source: row.source,
    confirmed: row.confirmed === 1,
  };
}

export function presentHoliday(row: HolidayRow): HolidayView {
  return holidayFromRow(row) as HolidayView;
}

/** The stored `{ week, overrides }` of a unit. */
export function settingsFromRow(row: UnitCalendarRow): CalendarSettings {
  return JSON.parse(row.spec_json) as CalendarSettings;
}

export function presentCalendar(row: UnitCalendarRow, timeZone: string): CalendarView {
  // Parsed from JSON just now, so the domain's readonly arrays may be handed out as they are.
  const { week, overrides } = settingsFromRow(row) as Pick<CalendarView, 'week' | 'overrides'>;
  return { timeZone, week, overrides, updatedAt: row.updated_at };
}
