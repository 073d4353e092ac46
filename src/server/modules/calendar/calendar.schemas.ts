import { z } from 'zod';
import type { HolidayType } from '../../../domain/calendar/index.js';
import { singleLine } from '../../http/text-fields.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { HoursOverrideSchema, WeekHoursSchema } from '../units/calendar-settings.schema.js';

export const CalendarResponse = z.object({
  timeZone: z.string(),
  week: WeekHoursSchema,
  overrides: z.array(HoursOverrideSchema),
  updatedAt: z.string(),
});
export type CalendarView = z.infer<typeof CalendarResponse>;

export const HOLIDAY_TYPE_VALUES = [
  'national_holiday',
  'cuti_bersama',
  'local',
] as const satisfies readonly HolidayType[];

export const HolidaySchema = z.object({
  date: z.string(),
  type: z.enum(HOLIDAY_TYPE_VALUES),
  name: z.string(),
  source: z.string(),
  confirmed: z.boolean(),
});
export type HolidayView = z.infer<typeof HolidaySchema>;

export const HolidayBody = z.strictObject({
  type: z.enum(HOLIDAY_TYPE_VALUES),
  name: singleLine(1, 200),
  source: singleLine(1, 300).meta({
    description: 'Where the date comes from, e.g. "SKB 3 Menteri 2027" or a Wali Kota decree',
  }),
  confirmed: z.boolean().default(true),
});

export const HolidayParams = UnitCodeParams.extend({ date: z.iso.date() });

/** A whole number written in decimal digits (no sign, exponent or hex), then range-checked. */
function digits(maxDigits: number, min: number, max: number) {
  return z
    .string()
    .regex(new RegExp(`^\\d{1,${maxDigits}}$`))
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const YearQuery = z.object({
  year: digits(4, MIN_YEAR, MAX_YEAR).meta({ description: `Year, ${MIN_YEAR}–${MAX_YEAR}` }),
});

export const HolidayListResponse = z.object({ year: z.number().int(), holidays: z.array(HolidaySchema) });

export const PrefillResponse = z.object({
  year: z.number().int(),
  added: z.array(HolidaySchema),
  /** Dates the library proposed that the unit already had: left as they were. */
  kept: z.array(z.string()),
});

export const MAX_DUE_MINUTES = 1_000_000;
/**
 * An unencoded "+07:00" in a URL arrives as " 07:00" (a plus in a query string means a
 * space): put the plus back so a pasted link still works.
 */
const restorePlus = (value: string) => value.replace(/^(\S+T[\d:.]+) (\d{2}:\d{2})$/, '$1+$2');

export const DueQuery = z.object({
  from: z
    .string()
    .transform(restorePlus)
    .pipe(z.iso.datetime({ offset: true }))
    .meta({
      description: 'ISO 8601 date-time with seconds and an offset or Z (write + as %2B in a URL)',
      example: '2026-03-13T15:00:00+07:00',
    }),
  minutes: digits(7, 0, MAX_DUE_MINUTES).meta({
    description: `Working minutes to add, 0–${MAX_DUE_MINUTES}`,
  }),
});

export const DueResponse = z.object({ dueAt: z.string().meta({ example: '2026-03-16T14:30:00+07:00' }) });
