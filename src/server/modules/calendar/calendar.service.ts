import { canAdministerUnit } from '../../../domain/accounts/capabilities.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import {
  createWorkCalendar,
  DEFAULT_WEEK_HOURS,
  parseWorkCalendarSpec,
  type Holiday,
  type WorkCalendar,
} from '../../../domain/calendar/index.js';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import { requireUnit } from '../units/units.service.js';
import { cachedCalendar, forgetCalendar } from './calendar-cache.js';
import type { CalendarSettings } from '../units/calendar-settings.schema.js';
import { calendarFieldErrors } from './calendar.field-errors.js';
import { holidayFromRow, presentCalendar, presentHoliday, settingsFromRow } from './calendar.presenter.js';
import * as repo from './calendar.repository.js';
import type { HolidayView } from './calendar.schemas.js';
import { prefillHolidays } from './holiday-prefill.js';

/**
 * The unit's working calendar: its office hours (or the Perpres 21/2023 week when none are
 * stored), its holidays of every year and its time zone. Cached per unit; every write of
 * this module drops the unit's entry. Throws unit_not_found for an unknown unit.
 * Inside a transaction pass the transaction: it does the reading, and the cache still serves
 * (it is keyed by the database, transactions included).
 */
export async function unitWorkCalendar(db: Db, unitCode: string): Promise<WorkCalendar> {
  return cachedCalendar(db, unitCode, async () => {
    const unit = await requireUnit(db, unitCode);
    const stored = await repo.findUnitCalendar(db, unitCode);
    const settings = stored ? settingsFromRow(stored) : { week: DEFAULT_WEEK_HOURS, overrides: [] };
    const holidays = (await repo.listAllHolidays(db, unitCode)).map(holidayFromRow);
    return createWorkCalendar({
      timeZone: unit.timezone,
      week: settings.week,
      overrides: settings.overrides,
      holidays,
    });
  });
}

/** The instant `minutes` working minutes after `from`, in the unit's zone with its offset. */
export async function dueAt(db: Db, unitCode: string, from: string, minutes: number): Promise<string> {
  const calendar = await unitWorkCalendar(db, unitCode);
  try {
    return calendar.formatLocal(calendar.addWorkingMinutes(Date.parse(from), minutes));
  } catch (error) {
    // The calendar throws a RangeError for bad input (validated away at the edge) and a
    // plain Error when years of closed days follow `from`: a calendar misconfigured.
    if (error instanceof RangeError) throw error;
    throw new DomainError('no_working_time', { unitCode, from });
  }
}

/** The unit's holidays of one year, by date (public). */
export async function listHolidays(db: Db, unitCode: string, year: number): Promise<HolidayView[]> {
  await requireUnit(db, unitCode);
  return (await repo.listHolidaysBetween(db, unitCode, `${year}-01-01`, `${year}-12-31`)).map(presentHoliday);
}

/** The unit's office hours and time zone (public). */
export async function getCalendar(db: Db, unitCode: string) {
  const unit = await requireUnit(db, unitCode);
  const row = (await repo.findUnitCalendar(db, unitCode)) ?? {
    unit_code: unitCode,
    spec_json: JSON.stringify({ week: DEFAULT_WEEK_HOURS, overrides: [] }),
    updated_at: unit.updated_at,
    updated_by: null,
  };
  return presentCalendar(row, unit.timezone);
}

/**
 * An administrator replaces the unit's office hours. The domain's calendar rules judge them;
 * each failing rule is a field of a validation_failed problem ("week.1.close").
 */
export async function putCalendar(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  settings: CalendarSettings,
) {
  const unit = await authorise(ctx.db, actor, unitCode);
  const parsed = parseWorkCalendarSpec({
    timeZone: unit.timezone,
    week: settings.week,
    overrides: settings.overrides,
    holidays: [],
  });
  if (!parsed.ok) throw new DomainError('validation_failed', {}, calendarFieldErrors(parsed.errors));
  if (Object.values(parsed.value.week).every((day) => day === null)) {
    const message = { id: 'Minimal satu hari kerja dalam seminggu.', en: 'At least one working day a week.' };
    throw new DomainError('validation_failed', {}, [{ field: 'week', code: 'no_working_day', message }]);
  }
  const row = {
    unit_code: unitCode,
    spec_json: JSON.stringify({ week: parsed.value.week, overrides: parsed.value.overrides }),
    updated_at: ctx.clock.now().toISOString(),
    updated_by: actor.userId,
  };
  await repo.saveUnitCalendar(ctx.db, row, { onlyIfAbsent: false });
  forgetCalendar(ctx.db, unitCode);
  return presentCalendar(row, unit.timezone);
}

export type HolidayInput = { type: Holiday['type']; name: string; source: string; confirmed: boolean };

/** An administrator adds or replaces the holiday of a date. */
export async function putHoliday(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  date: string,
  input: HolidayInput,
): Promise<HolidayView> {
  await authorise(ctx.db, actor, unitCode);
  const holiday: Holiday = { date, ...input };
  await repo.upsertHoliday(ctx.db, unitCode, holiday, ctx.clock.now().toISOString());
  forgetCalendar(ctx.db, unitCode);
  return holiday;
}

/** An administrator removes the holiday of a date: it becomes an ordinary day again. */
export async function removeHoliday(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  date: string,
): Promise<void> {
  await authorise(ctx.db, actor, unitCode);
  if (!(await repo.deleteHoliday(ctx.db, unitCode, date)))
    throw new DomainError('holiday_not_found', { unitCode, date });
  forgetCalendar(ctx.db, unitCode);
}

/** An administrator confirms a date against the SKB (or the local decree). */
export async function confirmHoliday(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  date: string,
): Promise<HolidayView> {
  await authorise(ctx.db, actor, unitCode);
  const row = await repo.findHoliday(ctx.db, unitCode, date);
  if (!row) throw new DomainError('holiday_not_found', { unitCode, date });
  const nowIso = ctx.clock.now().toISOString();
  await repo.markHolidayConfirmed(ctx.db, unitCode, date, nowIso);
  forgetCalendar(ctx.db, unitCode);
  return presentHoliday({ ...row, confirmed: 1, updated_at: nowIso });
}

/**
 * Pre-fills a year from the date-holidays package as unconfirmed national holidays, leaving
 * every date the unit already has as it is. Cuti bersama are not in the package: they are
 * added by hand from the SKB (see docs/operations.md).
 */
export async function prefillYear(ctx: AppContext, actor: Actor, unitCode: string, year: number) {
  await authorise(ctx.db, actor, unitCode);
  const proposed = prefillHolidays(year);
  const inserted = new Set(
    await repo.insertMissingHolidays(ctx.db, unitCode, proposed, ctx.clock.now().toISOString()),
  );
  forgetCalendar(ctx.db, unitCode);
  return {
    year,
    added: proposed.filter((h) => inserted.has(h.date)),
    kept: proposed.filter((h) => !inserted.has(h.date)).map((h) => h.date),
  };
}

async function authorise(db: Db, actor: Actor, unitCode: string) {
  if (!canAdministerUnit(actor, unitCode)) throw new DomainError('forbidden');
  return requireUnit(db, unitCode);
}
