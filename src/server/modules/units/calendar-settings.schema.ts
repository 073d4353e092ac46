import { z } from 'zod';
import {
  DEFAULT_WEEK_HOURS,
  parseWorkCalendarSpec,
  type HoursOverride,
  type WeekHours,
} from '../../../domain/calendar/index.js';
import { singleLine } from '../../http/text-fields.js';

/*
 * The shapes of the working calendar at the edge. Times and dates are only typed here as
 * strings: the rules (HH:MM, close after open, breaks inside hours, from ≤ to, nesting) are
 * the domain's, applied by parseWorkCalendarSpec, so there is one judge of a valid calendar.
 */

const LocalTime = z.string().max(5).meta({ description: 'Local time HH:MM (00:00–24:00)', example: '07:30' });
const LocalDate = z.string().max(10).meta({ description: 'Local date YYYY-MM-DD', example: '2026-02-18' });

export const DayHoursSchema = z.strictObject({
  open: LocalTime,
  close: LocalTime,
  breaks: z.array(z.strictObject({ start: LocalTime, end: LocalTime })).max(10),
});

/** Hours per ISO weekday, "1" = Monday … "7" = Sunday; null = closed all day. */
export const WeekHoursSchema = z.strictObject({
  1: DayHoursSchema.nullable(),
  2: DayHoursSchema.nullable(),
  3: DayHoursSchema.nullable(),
  4: DayHoursSchema.nullable(),
  5: DayHoursSchema.nullable(),
  6: DayHoursSchema.nullable(),
  7: DayHoursSchema.nullable(),
});

/** Hours replacing the week from `from` to `to` inclusive (Ramadan), or "closed" (an office closure). */
export const HoursOverrideSchema = z.strictObject({
  from: LocalDate,
  to: LocalDate,
  hours: z.union([z.literal('closed'), WeekHoursSchema]),
  reason: singleLine(0, 200),
});

/** A unit's office hours as stored, edited and served (the time zone is the unit's). */
export const CalendarSettingsSchema = z.strictObject({
  week: WeekHoursSchema,
  overrides: z.array(HoursOverrideSchema).max(200).default([]),
});
/** The domain's own types: what the schema parses is assignable to them. */
export type CalendarSettings = Readonly<{ week: WeekHours; overrides: readonly HoursOverride[] }>;

/**
 * The optional `calendar` of a unit file: seeds the unit's hours when it has none yet.
 * Checked with the domain rules so that a bad file stops the start naming the field.
 */
export const UnitCalendarFileSchema = z
  .strictObject({ week: WeekHoursSchema.optional(), overrides: z.array(HoursOverrideSchema).optional() })
  .superRefine((value, ctx) => {
    const parsed = parseWorkCalendarSpec({
      timeZone: 'UTC',
      week: value.week ?? DEFAULT_WEEK_HOURS,
      overrides: value.overrides ?? [],
      holidays: [],
    });
    if (parsed.ok) return;
    for (const error of parsed.errors)
      ctx.addIssue({ code: 'custom', path: error.path.split('.'), message: error.message });
  });
