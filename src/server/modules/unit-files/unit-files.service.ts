import type { Db } from '../../db/connect.js';
import { loadCalendars } from '../calendar/calendar-files.js';
import { insertMissingCategories } from '../categories/categories.repository.js';
import { loadMailboxes } from '../mailbox/mailbox-files.js';
import type { UnitFile } from '../units/unit-file.schema.js';
import { upsertUnit } from '../units/units.repository.js';
import { requireUnit } from '../units/units.service.js';

/** Loads unit files into the database (at start, and from the admin API). */
export async function loadUnits(db: Db, units: readonly UnitFile[], now: Date): Promise<void> {
  for (const unit of units) {
    if (unit.parentCode) await requireUnit(db, unit.parentCode);
    await upsertUnit(db, unit, now.toISOString());
    await insertMissingCategories(db, unit.code, unit.categories);
  }
}

/** Everything a unit file declares: the units and their categories, working calendars and mailboxes. */
export async function loadUnitFiles(db: Db, units: readonly UnitFile[], now: Date): Promise<void> {
  await loadUnits(db, units, now);
  await loadCalendars(db, units, now);
  await loadMailboxes(db, units, now);
}
