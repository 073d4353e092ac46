import type { Db } from '../../db/connect.js';
import type { CategoriesTable } from '../../db/schema.js';
import { prepared } from '../../db/prepared.js';

export type CategoryRow = CategoriesTable;

export async function listCategories(
  db: Db,
  unitCode: string,
  includeInactive: boolean,
): Promise<CategoryRow[]> {
  let query = db.selectFrom('categories').selectAll().where('unit_code', '=', unitCode);
  if (!includeInactive) query = query.where('is_active', '=', 1);
  return query.orderBy('sort_order').orderBy('code').execute();
}

const categoryByCode = prepared((db, args: { unitCode: string; code: string }) =>
  db
    .selectFrom('categories')
    .selectAll()
    .where('unit_code', '=', args.unitCode)
    .where('code', '=', args.code),
);

export async function findCategory(db: Db, unitCode: string, code: string): Promise<CategoryRow | undefined> {
  const [row] = await categoryByCode(db, { unitCode, code });
  return row;
}

/** Adds categories from the unit file that the database does not have; edits made by staff stay. */
export async function insertMissingCategories(
  db: Db,
  unitCode: string,
  categories: ReadonlyArray<{ code: string; name: string; nameEn: string }>,
): Promise<void> {
  const existing = new Set((await listCategories(db, unitCode, true)).map((c) => c.code));
  const missing = categories
    .map((c, index) => ({
      unit_code: unitCode,
      code: c.code,
      name: c.name,
      name_en: c.nameEn,
      is_active: 1,
      sort_order: (index + 1) * 10,
    }))
    .filter((c) => !existing.has(c.code));
  if (missing.length > 0) await db.insertInto('categories').values(missing).execute();
}

export async function upsertCategory(db: Db, row: CategoryRow): Promise<void> {
  const { unit_code: _u, code: _c, ...changes } = row;
  await db
    .insertInto('categories')
    .values(row)
    .onConflict((oc) => oc.columns(['unit_code', 'code']).doUpdateSet(changes))
    .execute();
}
