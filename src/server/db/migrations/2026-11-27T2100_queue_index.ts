import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The staff queue: one unit's tickets of some statuses, soonest due first.
  await db.schema
    .createIndex('tickets_unit_status_due')
    .on('tickets')
    .columns(['unit_code', 'status', 'due_at', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_unit_status_due').execute();
}
