import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The console's default queue: a unit's open tickets, soonest due first. Walking the unit's
  // due-time index instead steps over every closed ticket due before the first open one (most
  // of a unit's history, once it has some). The list is written out, as the queue's query
  // writes it, so both SQLite and PostgreSQL see the query implies the index's condition.
  await db.schema
    .createIndex('tickets_open_due')
    .on('tickets')
    .columns(['unit_code', 'due_at', 'id'])
    .where(sql.ref('status'), 'in', [sql.lit('new'), sql.lit('in_progress'), sql.lit('waiting_reporter')])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_open_due').execute();
}
