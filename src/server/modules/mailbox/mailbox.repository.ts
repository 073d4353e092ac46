import type { Db } from '../../db/connect.js';
import type { MailHeldTable, MailImportStateTable } from '../../db/schema.js';
import { newId } from '../../core/ids.js';
import { MailboxSettingsSchema, type MailboxSettings } from '../units/mailbox-settings.schema.js';

export type ImportStateRow = MailImportStateTable;
export type HeldMailRow = MailHeldTable;
export type MailboxSource = 'file' | 'api';

export type StoredMailbox = Readonly<{
  unitCode: string;
  settings: MailboxSettings;
  source: MailboxSource;
  updatedAt: string;
  updatedBy: string | null;
}>;

export async function findMailbox(db: Db, unitCode: string): Promise<StoredMailbox | null> {
  const row = await db
    .selectFrom('unit_mailboxes')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .executeTakeFirst();
  return row
    ? {
        unitCode: row.unit_code,
        settings: MailboxSettingsSchema.parse(JSON.parse(row.settings_json)),
        source: row.source as MailboxSource,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
      }
    : null;
}

export async function listMailboxes(db: Db): Promise<StoredMailbox[]> {
  const rows = await db.selectFrom('unit_mailboxes').select('unit_code').orderBy('unit_code').execute();
  const found = await Promise.all(rows.map((r) => findMailbox(db, r.unit_code)));
  return found.filter((m): m is StoredMailbox => m !== null);
}

export async function saveMailbox(
  db: Db,
  unitCode: string,
  settings: MailboxSettings,
  source: MailboxSource,
  updatedBy: string | null,
  now: Date,
): Promise<void> {
  const values = {
    settings_json: JSON.stringify(settings),
    source,
    updated_at: now.toISOString(),
    updated_by: updatedBy,
  };
  await db
    .insertInto('unit_mailboxes')
    .values({ unit_code: unitCode, ...values })
    .onConflict((oc) => oc.column('unit_code').doUpdateSet(values))
    .execute();
}

export async function deleteMailbox(db: Db, unitCode: string): Promise<void> {
  await db.deleteFrom('unit_mailboxes').where('unit_code', '=', unitCode).execute();
}

/** The import state of a folder, created at UID 0 the first time. */
export async function importStateOf(db: Db, unitCode: string, folder: string): Promise<ImportStateRow> {
  await db
    .insertInto('mail_import_state')
    .values({
      unit_code: unitCode,
      folder,
      uidvalidity: null,
      last_uid: 0,
      failing_uid: null,
      failing_count: 0,
      lease_owner: null,
      lease_until: null,
      last_run_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.columns(['unit_code', 'folder']).doNothing())
    .execute();
  return db
    .selectFrom('mail_import_state')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .executeTakeFirstOrThrow();
}

/** Takes the folder for one import run; false when another instance holds an unexpired lease. */
export async function leaseImport(
  db: Db,
  unitCode: string,
  folder: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const nowIso = now.toISOString();
  const result = await db
    .updateTable('mail_import_state')
    .set({ lease_owner: owner, lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .where((eb) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', nowIso), eb('lease_owner', '=', owner)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseImport(
  db: Db,
  unitCode: string,
  folder: string,
  owner: string,
  outcome: { now: Date; error: string | null },
): Promise<void> {
  await db
    .updateTable('mail_import_state')
    .set({
      lease_owner: null,
      lease_until: null,
      last_run_at: outcome.now.toISOString(),
      last_error: outcome.error,
    })
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .where('lease_owner', '=', owner)
    .execute();
}

/**
 * Moves the folder's mark forward to `uid` (never back), in the transaction that handled the
 * message: a message is done exactly when its effects are committed.
 */
export async function advanceImport(db: Db, unitCode: string, folder: string, uid: number): Promise<void> {
  await db
    .updateTable('mail_import_state')
    .set({ last_uid: uid, failing_uid: null, failing_count: 0 })
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .where('last_uid', '<', uid)
    .execute();
}

/** A new UIDVALIDITY: UIDs start over, so the mark does too (Message-IDs still prevent duplicates). */
export async function resetImport(
  db: Db,
  unitCode: string,
  folder: string,
  uidvalidity: string,
): Promise<void> {
  await db
    .updateTable('mail_import_state')
    .set({ uidvalidity, last_uid: 0, failing_uid: null, failing_count: 0 })
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .execute();
}

/** Counts runs in a row that failed on the same message; returns the count. */
export async function recordImportFailure(
  db: Db,
  state: Pick<ImportStateRow, 'unit_code' | 'folder' | 'failing_uid' | 'failing_count'>,
  uid: number,
): Promise<number> {
  const count = state.failing_uid === uid ? state.failing_count + 1 : 1;
  await db
    .updateTable('mail_import_state')
    .set({ failing_uid: uid, failing_count: count })
    .where('unit_code', '=', state.unit_code)
    .where('folder', '=', state.folder)
    .execute();
  return count;
}

export async function insertHeldMail(
  db: Db,
  row: Omit<HeldMailRow, 'id' | 'created_at' | 'released_at' | 'released_by' | 'ticket_id'>,
  now: Date,
): Promise<HeldMailRow> {
  const full: HeldMailRow = {
    id: newId(now.getTime()),
    ...row,
    created_at: now.toISOString(),
    released_at: null,
    released_by: null,
    ticket_id: null,
  };
  await db.insertInto('mail_held').values(full).execute();
  return full;
}

export async function heldMailOf(
  db: Db,
  unitCode: string,
  options: { pendingOnly: boolean; limit: number },
): Promise<HeldMailRow[]> {
  let query = db.selectFrom('mail_held').selectAll().where('unit_code', '=', unitCode);
  if (options.pendingOnly) query = query.where('released_at', 'is', null);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function findHeldMail(db: Db, unitCode: string, id: string): Promise<HeldMailRow | undefined> {
  return db
    .selectFrom('mail_held')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks a held mail dealt with (once: a second release finds it released). */
export async function markHeldReleased(
  db: Db,
  id: string,
  by: string,
  ticketId: string | null,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('mail_held')
    .set({ released_at: now.toISOString(), released_by: by, ticket_id: ticketId })
    .where('id', '=', id)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The codes of the tickets held mail became, by ticket id. */
export async function ticketCodesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('tickets').select(['id', 'code']).where('id', 'in', ids).execute();
  return new Map(rows.map((t) => [t.id, t.code]));
}

/** The code of one ticket, by id. */
export async function ticketCodeOf(db: Db, id: string): Promise<string | null> {
  const ticket = await db.selectFrom('tickets').select('code').where('id', '=', id).executeTakeFirst();
  return ticket?.code ?? null;
}

/** The import of a folder could not start (its password is missing): said where staff look. */
export async function noteImportError(
  db: Db,
  unitCode: string,
  folder: string,
  error: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('mail_import_state')
    .set({ last_error: error, last_run_at: nowIso })
    .where('unit_code', '=', unitCode)
    .where('folder', '=', folder)
    .execute();
}
