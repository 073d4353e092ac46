import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Survei Kepuasan Masyarakat (PermenPANRB 14/2017). Anonymous: no column says who answered.
  // A ticket's survey links the ticket only to allow one response per ticket (the unique
  // constraint; NULLs, the general surveys of the counter and the suggestion box, may repeat).
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('u1', 'integer')
    .addColumn('u2', 'integer')
    .addColumn('u3', 'integer')
    .addColumn('u4', 'integer')
    .addColumn('u5', 'integer')
    .addColumn('u6', 'integer')
    .addColumn('u7', 'integer')
    .addColumn('u8', 'integer')
    .addColumn('u9', 'integer')
    .addColumn('age_band', 'text')
    .addColumn('sex', 'text')
    .addColumn('education', 'text')
    .addColumn('occupation', 'text')
    .addColumn('procurement_role', 'text')
    .addColumn('comment', 'text')
    .addUniqueConstraint('survey_responses_one_per_ticket', ['ticket_id'])
    .execute();
  await db.schema
    .createIndex('survey_responses_unit_time')
    .on('survey_responses')
    .columns(['unit_code', 'submitted_at'])
    .execute();

  // Reports read the history by period: resolutions, escalations and coordinations by time,
  // first responses by time, all within one unit. Measured on a million tickets
  // (bench/reports.bench.ts): without the last two, a month's complaint count took 22 s and
  // its completions 1 s; with them, 20 ms and 0.1 s.
  await db.schema
    .createIndex('ticket_events_type_at')
    .on('ticket_events')
    .columns(['type', 'at', 'ticket_id'])
    .execute();
  await db.schema
    .createIndex('tickets_unit_first_response')
    .on('tickets')
    .columns(['unit_code', 'first_response_at'])
    .execute();
  // "Has this ticket an event of this type before then?" without scanning every such event.
  await db.schema
    .createIndex('ticket_events_ticket_type_at')
    .on('ticket_events')
    .columns(['ticket_id', 'type', 'at'])
    .execute();
  // Events of a period joined to their ticket's unit in one index lookup.
  await db.schema.createIndex('tickets_id_unit').on('tickets').columns(['id', 'unit_code']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_id_unit').execute();
  await db.schema.dropIndex('ticket_events_ticket_type_at').execute();
  await db.schema.dropIndex('tickets_unit_first_response').execute();
  await db.schema.dropIndex('ticket_events_type_at').execute();
  await db.schema.dropTable('survey_responses').execute();
}
