import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SLA columns: the clock itself is computed from ticket_events; these keep what queues sort
  // and the breach sweep search by, refreshed at every change.
  await db.schema
    .alterTable('tickets')
    .addColumn('extension_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('tickets').addColumn('extension_pending_minutes', 'integer').execute();
  await db.schema.alterTable('tickets').addColumn('due_at', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('at_risk_at', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('sla_notified', 'text').execute();
  await db.schema
    .createIndex('tickets_unit_due')
    .on('tickets')
    .columns(['unit_code', 'due_at', 'id'])
    .execute();
  await db.schema.createIndex('tickets_sla_sweep').on('tickets').columns(['status', 'at_risk_at']).execute();
  await db.schema.createIndex('tickets_resolved').on('tickets').columns(['status', 'resolved_at']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('notifications_once', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropIndex('tickets_resolved').execute();
  await db.schema.dropIndex('tickets_sla_sweep').execute();
  await db.schema.dropIndex('tickets_unit_due').execute();
  for (const column of [
    'sla_notified',
    'at_risk_at',
    'due_at',
    'extension_pending_minutes',
    'extension_minutes',
  ]) {
    await db.schema.alterTable('tickets').dropColumn(column).execute();
  }
}
