import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('categories_pk', ['unit_code', 'code'])
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_counters_pk', ['unit_code', 'year'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('origin_channel', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('application', 'text')
    .addColumn('error_code', 'text')
    .addColumn('tender_code', 'text')
    .addColumn('purpose', 'text')
    .addColumn('earlier_ticket_code', 'text')
    .addColumn('box_opened_on', 'text')
    .addColumn('reporter_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_address', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('reporter_email', 'text')
    .addColumn('reporter_organization', 'text')
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('logged_by_id', 'text', (c) => c.references('users.id'))
    .addColumn('tracking_pin_hash', 'text')
    .addColumn('claim_token_hash', 'text')
    .addColumn('awaiting_claim', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('lkpp_mode', 'text', (c) => c.notNull())
    .addColumn('reached_lkpp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lkpp_reference', 'text')
    .addColumn('resolved_tier', 'text')
    .addColumn('kepala_informed_at', 'text')
    .addColumn('coordination_noted_at', 'text')
    .addColumn('difficulty', 'text')
    .addColumn('first_opened_at', 'text')
    .addColumn('first_response_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tickets_unit_created')
    .on('tickets')
    .columns(['unit_code', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('tickets_unit_status')
    .on('tickets')
    .columns(['unit_code', 'status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('tickets_unit_tier')
    .on('tickets')
    .columns(['unit_code', 'tier', 'status'])
    .execute();
  await db.schema
    .createIndex('tickets_reporter')
    .on('tickets')
    .columns(['reporter_user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('tickets_lkpp')
    .on('tickets')
    .columns(['reached_lkpp', 'tier', 'status'])
    .execute();

  await db.schema
    .createTable('ticket_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('author_party', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_messages_ticket')
    .on('ticket_messages')
    .columns(['ticket_id', 'created_at'])
    .execute();

  // Append-only: no API updates or deletes these rows.
  await db.schema
    .createTable('ticket_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_party', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('ticket_events_version', ['ticket_id', 'version'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('message_id', 'text', (c) => c.references('ticket_messages.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_ticket').on('attachments').column('ticket_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'attachments',
    'ticket_events',
    'ticket_messages',
    'tickets',
    'ticket_counters',
    'categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
