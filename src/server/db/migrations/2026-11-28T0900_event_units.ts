import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A report finds the period's resolutions, escalations and coordinations of one unit. Through
  // the deployment's (type, at) index it walked every unit's such events of the period and
  // joined each to its ticket to keep the unit's: at a million tickets, 51,000 resolutions for
  // one month (85 ms), twelve times over for the trend. Each event now carries its ticket's unit
  // (a ticket never changes unit), and the index leads with it, so a report reads its own
  // unit's events and no other's.
  await db.schema
    .alterTable('ticket_events')
    .addColumn('unit_code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update ticket_events set unit_code = (select t.unit_code from tickets t where t.id = ticket_events.ticket_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('ticket_events_unit_type_at')
    .on('ticket_events')
    .columns(['unit_code', 'type', 'at', 'ticket_id'])
    .execute();
  await db.schema.dropIndex('ticket_events_type_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('ticket_events_type_at')
    .on('ticket_events')
    .columns(['type', 'at', 'ticket_id'])
    .execute();
  await db.schema.dropIndex('ticket_events_unit_type_at').execute();
  await db.schema.alterTable('ticket_events').dropColumn('unit_code').execute();
}
