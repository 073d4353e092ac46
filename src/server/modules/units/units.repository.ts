import { PerDatabase } from '../../db/cache-scope.js';
import type { Db } from '../../db/connect.js';
import type { UnitsTable } from '../../db/schema.js';
import type { UnitFile } from './unit-file.schema.js';

export type UnitRow = UnitsTable;

export async function listUnits(db: Db): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().orderBy('kind', 'desc').orderBy('name').execute();
}

/**
 * Units change rarely (a file at start, an administrator now and then) and every request
 * needs one: rows are kept per database (its transactions included) for a short while, and
 * dropped on every write through this module. The time-to-live bounds how long another
 * instance serves an old row.
 */
const UNIT_CACHE_TTL_MS = 30_000;
const unitCache = new PerDatabase<{ row: UnitRow | undefined; at: number }>();

export async function findUnit(db: Db, code: string): Promise<UnitRow | undefined> {
  const units = unitCache.of(db);
  const hit = units.get(code);
  if (hit && Date.now() - hit.at < UNIT_CACHE_TTL_MS) return hit.row;
  const row = await db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
  if (units.size > 5_000) units.clear();
  units.set(code, { row, at: Date.now() });
  return row;
}

/** Inserts the unit or brings it up to date with its file. */
export async function upsertUnit(db: Db, unit: UnitFile, nowIso: string): Promise<void> {
  const values = {
    name: unit.name,
    kind: unit.kind,
    parent_code: unit.parentCode ?? null,
    timezone: unit.timezone,
    ticket_prefix: unit.ticketPrefix,
    profile_json: JSON.stringify(unit),
    updated_at: nowIso,
  };
  await db
    .insertInto('units')
    .values({ code: unit.code, created_at: nowIso, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
  unitCache.of(db).delete(unit.code);
}

const profiles = new Map<string, UnitFile>();

/** The unit's file as stored; parsed once per version of the row (it holds the whole standard). */
export function unitProfile(row: UnitRow): UnitFile {
  const key = `${row.code}|${row.updated_at}`;
  let profile = profiles.get(key);
  if (!profile) {
    profile = JSON.parse(row.profile_json) as UnitFile;
    if (profiles.size > 5_000) profiles.clear();
    profiles.set(key, profile);
  }
  return profile;
}
