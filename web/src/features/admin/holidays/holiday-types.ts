import type { HolidayType } from '../../../api';

/** The kinds of day off a unit's calendar holds, in the order the form offers them. */
export const HOLIDAY_TYPES = [
  'national_holiday',
  'cuti_bersama',
  'local',
] as const satisfies readonly HolidayType[];
