import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_WEEK_HOURS, parseHolidays, type Holiday } from '../../../domain/calendar/index.js';
import type { Db } from '../../db/connect.js';
import type { UnitFile } from '../units/unit-file.schema.js';
import { listUnits } from '../units/units.repository.js';
import { forgetCalendar } from './calendar-cache.js';
import { insertMissingHolidays, saveUnitCalendar } from './calendar.repository.js';
import type { CalendarSettings } from '../units/calendar-settings.schema.js';

/**
 * The national holiday files shipped with Tanggap, one per year (`2026.json`), copied from
 * the signed SKB 3 Menteri. Resolved from this file so the same path holds under `src/`
 * (tsx, tests) and `dist/` (the build).
 */
export const NATIONAL_HOLIDAYS_DIR = path.resolve(import.meta.dirname, '../../../../config/holidays');

/**
 * Reads every `YYYY.json` of the folder. A file that does not parse, a date outside the
 * file's year or a date listed twice stops the start naming the file and the entry.
 * Entries without `confirmed` are confirmed: they come from the signed decree.
 */
export function readNationalHolidays(dir: string = NATIONAL_HOLIDAYS_DIR): Holiday[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /^\d{4}\.json$/.test(f))
      .sort();
  } catch (error) {
    throw new Error(`${dir}: cannot read the national holiday files (${(error as Error).message})`, {
      cause: error,
    });
  }
  return files.flatMap((file) => readYear(path.join(dir, file), file.slice(0, 4)));
}

function readYear(file: string, year: string): Holiday[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = parseHolidays(raw, '');
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new Error(`${file}: ${first?.path || '(root)'}: ${first?.message}`);
  }
  const seen = new Set<string>();
  parsed.value.forEach((holiday, index) => {
    if (!holiday.date.startsWith(`${year}-`))
      throw new Error(`${file}: ${index}.date: ${holiday.date} is not in ${year}`);
    if (seen.has(holiday.date)) throw new Error(`${file}: ${index}.date: ${holiday.date} is listed twice`);
    seen.add(holiday.date);
  });
  return parsed.value;
}

/**
 * At every start (and when a unit is put through the API): every unit in the database gets
 * the national holidays it does not have yet, and its office hours if it has none: the
 * `calendar` of its unit file when given, else the Perpres 21/2023 week (DEFAULT_WEEK_HOURS)
 * with no overrides. Nothing an administrator edited is overwritten. A national date an
 * administrator deleted comes back at the next start while it is still in the files.
 */
export async function loadCalendars(
  db: Db,
  units: readonly UnitFile[],
  now: Date,
  holidaysDir: string = NATIONAL_HOLIDAYS_DIR,
): Promise<void> {
  const national = readNationalHolidays(holidaysDir);
  const files = new Map(units.map((unit) => [unit.code, unit]));
  const nowIso = now.toISOString();
  for (const unit of await listUnits(db)) {
    const seed = seedSettings(files.get(unit.code));
    await db.transaction().execute(async (trx) => {
      await insertMissingHolidays(trx, unit.code, national, nowIso);
      await saveUnitCalendar(
        trx,
        { unit_code: unit.code, spec_json: JSON.stringify(seed), updated_at: nowIso, updated_by: null },
        { onlyIfAbsent: true },
      );
    });
  }
  forgetCalendar(db);
}

function seedSettings(file: UnitFile | undefined): CalendarSettings {
  return { week: file?.calendar?.week ?? DEFAULT_WEEK_HOURS, overrides: file?.calendar?.overrides ?? [] };
}
