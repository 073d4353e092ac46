import type { WorkCalendar } from '../../../domain/calendar/index.js';
import { PerDatabase } from '../../db/cache-scope.js';
import type { Db } from '../../db/connect.js';

/**
 * Built working calendars per database and unit. Building one reads the unit's hours and
 * every holiday and then plans days lazily, so it is worth keeping: the SLA of every ticket
 * list asks for it. This module's writes drop the entry of the unit they touched; the
 * time-to-live bounds how long another instance on the same PostgreSQL serves the old
 * calendar after an edit made elsewhere.
 */
export const CALENDAR_CACHE_TTL_MS = 60_000;

type Entry = { readonly calendar: Promise<WorkCalendar>; readonly loadedAt: number };

const entries = new PerDatabase<Entry>();

/** The cached calendar of the unit, or the one `load` builds (kept only if it succeeds). */
export function cachedCalendar(
  db: Db,
  unitCode: string,
  load: () => Promise<WorkCalendar>,
  nowMs = Date.now(),
): Promise<WorkCalendar> {
  const units = entries.of(db);
  const hit = units.get(unitCode);
  if (hit && nowMs - hit.loadedAt < CALENDAR_CACHE_TTL_MS) return hit.calendar;
  const entry: Entry = { calendar: load(), loadedAt: nowMs };
  units.set(unitCode, entry);
  const table = units;
  entry.calendar.catch(() => {
    if (table.get(unitCode) === entry) table.delete(unitCode);
  });
  return entry.calendar;
}

/** Drops the cached calendar of one unit, or of every unit of the database. */
export function forgetCalendar(db: Db, unitCode?: string): void {
  if (unitCode === undefined) entries.forget(db);
  else entries.of(db).delete(unitCode);
}
