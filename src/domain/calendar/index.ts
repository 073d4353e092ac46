/**
 * Working calendar of a unit: office hours (Perpres 21/2023), overrides such as Ramadan
 * hours, holidays and cuti bersama (SKB 3 Menteri), in the unit's IANA time zone.
 */
export {
  MS_PER_DAY,
  MS_PER_MINUTE,
  isIsoDate,
  type IsoDate,
  type IsoWeekday,
  type LocalTime,
} from './local-date.js';
export {
  DEFAULT_WEEK_HOURS,
  workingMinutesOfDay,
  workingSegments,
  type Break,
  type DayHours,
  type HoursOverride,
  type MinuteSegment,
  type WeekHours,
} from './week-hours.js';
export { HOLIDAY_TYPES, isHolidayType, parseHolidays, type Holiday, type HolidayType } from './holidays.js';
export { parseWorkCalendarSpec, type WorkCalendarSpec } from './calendar-spec.js';
export type { CalendarFieldError, CalendarFieldErrorCode, ParseResult } from './field-error.js';
export { canonicalTimeZone, createTimeZone, formatInstant, type TimeZone } from './time-zone.js';
export { MAX_CLOSED_DAYS_IN_A_ROW, createWorkCalendar, type WorkCalendar } from './work-calendar.js';
