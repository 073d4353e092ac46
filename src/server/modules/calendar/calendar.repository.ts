import type { Holiday } from '../../../domain/calendar/index.js';
import type { Db } from '../../db/connect.js';
import type { HolidaysTable, UnitCalendarsTable } from '../../db/schema.js';

export type HolidayRow = HolidaysTable;
export type UnitCalendarRow = UnitCalendarsTable;

/** A unit's holidays from `fromDate` to `toDate` inclusive (ISO dates compare as text), by date. */
export async function listHolidaysBetween(
  db: Db,
  unitCode: string,
  fromDate: string,
  toDate: string,
): Promise<HolidayRow[]> {
  return db
    .selectFrom('holidays')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('date', '>=', fromDate)
    .where('date', '<=', toDate)
    .orderBy('date')
    .execute();
}

/** Every holiday of a unit, of every year. */
export async function listAllHolidays(db: Db, unitCode: string): Promise<HolidayRow[]> {
  return db.selectFrom('holidays').selectAll().where('unit_code', '=', unitCode).orderBy('date').execute();
}

export async function findHoliday(db: Db, unitCode: string, date: string): Promise<HolidayRow | undefined> {
  return db
    .selectFrom('holidays')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('date', '=', date)
    .executeTakeFirst();
}

/** Inserts or replaces the holiday of that date; `created_at` survives a replacement. */
export async function upsertHoliday(
  db: Db,
  unitCode: string,
  holiday: Holiday,
  nowIso: string,
): Promise<void> {
  const values = {
    type: holiday.type,
    name: holiday.name,
    source: holiday.source,
    confirmed: holiday.confirmed ? 1 : 0,
    updated_at: nowIso,
  };
  await db
    .insertInto('holidays')
    .values({ unit_code: unitCode, date: holiday.date, created_at: nowIso, ...values })
    .onConflict((oc) => oc.columns(['unit_code', 'date']).doUpdateSet(values))
    .execute();
}

/** Inserts the holidays whose date the unit does not have yet; returns the dates inserted. */
export async function insertMissingHolidays(
  db: Db,
  unitCode: string,
  holidays: readonly Holiday[],
  nowIso: string,
): Promise<string[]> {
  if (holidays.length === 0) return [];
  const dates = holidays.map((h) => h.date);
  const existing = await db
    .selectFrom('holidays')
    .select('date')
    .where('unit_code', '=', unitCode)
    .where('date', 'in', dates)
    .execute();
  const taken = new Set(existing.map((row) => row.date));
  const rows = holidays
    .filter((h) => !taken.has(h.date))
    .map((h) => ({
      unit_code: unitCode,
      date: h.date,
      type: h.type,
      name: h.name,
      source: h.source,
      confirmed: h.confirmed ? 1 : 0,
      created_at: nowIso,
      updated_at: nowIso,
    }));
  if (rows.length === 0) return [];
  // Another instance starting at the same moment may insert the same dates: keep theirs.
  await db
    .insertInto('holidays')
    .values(rows)
    .onConflict((oc) => oc.columns(['unit_code', 'date']).doNothing())
    .execute();
  return rows.map((row) => row.date);
}

/** Removes the holiday of that date; whether there was one. */
export async function deleteHoliday(db: Db, unitCode: string, date: string): Promise<boolean> {
  const result = await db
    .deleteFrom('holidays')
    .where('unit_code', '=', unitCode)
    .where('date', '=', date)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function markHolidayConfirmed(
  db: Db,
  unitCode: string,
  date: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('holidays')
    .set({ confirmed: 1, updated_at: nowIso })
    .where('unit_code', '=', unitCode)
    .where('date', '=', date)
    .execute();
}

export async function findUnitCalendar(db: Db, unitCode: string): Promise<UnitCalendarRow | undefined> {
  return db.selectFrom('unit_calendars').selectAll().where('unit_code', '=', unitCode).executeTakeFirst();
}

/** Writes the unit's hours: replacing them, or only when the unit has none (`onlyIfAbsent`). */
export async function saveUnitCalendar(
  db: Db,
  row: UnitCalendarRow,
  options: { onlyIfAbsent: boolean },
): Promise<void> {
  await db
    .insertInto('unit_calendars')
    .values(row)
    .onConflict((oc) => {
      const target = oc.column('unit_code');
      return options.onlyIfAbsent
        ? target.doNothing()
        : target.doUpdateSet({
            spec_json: row.spec_json,
            updated_at: row.updated_at,
            updated_by: row.updated_by,
          });
    })
    .execute();
}
