import type { Db } from '../../db/connect.js';
import type { UnitsTable } from '../../db/schema.js';
import type { UnitFile } from './unit-file.schema.js';

export type UnitRow = UnitsTable;

export async function listUnits(db: Db): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().orderBy('kind', 'desc').orderBy('name').execute();
}

export async function findUnit(db: Db, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
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
}

export function unitProfile(row: UnitRow): UnitFile {
  return JSON.parse(row.profile_json) as UnitFile;
}
