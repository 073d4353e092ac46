import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // `(id, unit_code)` let a report join a period's events to their ticket's unit without
  // reading the ticket. Since events carry their unit (2026-11-28T0900_event_units) no query
  // makes that join, and every creation still wrote the index.
  await db.schema.dropIndex('tickets_id_unit').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tickets_id_unit').on('tickets').columns(['id', 'unit_code']).execute();
}
