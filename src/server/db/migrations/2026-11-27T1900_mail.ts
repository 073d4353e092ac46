import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Mail to send, written in the transaction of the change that causes it. A worker claims a
  // row with a conditional update (status + lease) before sending it.
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.references('units.code'))
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text')
    .addColumn('from_name', 'text')
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('in_reply_to', 'text')
    .addColumn('references_list', 'text')
    .addColumn('auto_submitted', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('carries_secret', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('mail_outbox_ticket')
    .on('mail_outbox')
    .columns(['ticket_id', 'created_at'])
    .execute();

  // Every Message-ID seen or sent, per unit: threading (In-Reply-To / References) and
  // exactly-once import. Inbound rows say what became of the mail.
  await db.schema
    .createTable('mail_messages')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('thread', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('disposition', 'text')
    .addColumn('from_address', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_messages_pk', ['unit_code', 'message_id'])
    .execute();
  await db.schema
    .createIndex('mail_messages_ticket')
    .on('mail_messages')
    .columns(['ticket_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('mail_messages_sender')
    .on('mail_messages')
    .columns(['unit_code', 'from_address', 'created_at'])
    .execute();

  // Where the import of each unit's folder stands: UIDVALIDITY and the last UID done.
  await db.schema
    .createTable('mail_import_state')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text')
    .addColumn('last_uid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failing_uid', 'integer')
    .addColumn('failing_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('last_error', 'text')
    .addPrimaryKeyConstraint('mail_import_state_pk', ['unit_code', 'folder'])
    .execute();

  // Mail kept for staff instead of becoming a ticket: unreadable, flooding sender, too large.
  await db.schema
    .createTable('mail_held')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('raw_sha256', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addColumn('released_by', 'text', (c) => c.references('users.id'))
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .execute();
  await db.schema
    .createIndex('mail_held_unit')
    .on('mail_held')
    .columns(['unit_code', 'created_at'])
    .execute();

  // A unit's mailbox settings (no password: the name of the variable holding it).
  await db.schema
    .createTable('unit_mailboxes')
    .addColumn('unit_code', 'text', (c) => c.primaryKey().references('units.code'))
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  // Per-user switches for mail notifications; no row means on.
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('by_mail', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'event'])
    .execute();

  // One-time password reset links; only the SHA-256 of the token is kept.
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('password_resets_user')
    .on('password_resets')
    .columns(['user_id', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'password_resets',
    'notification_preferences',
    'unit_mailboxes',
    'mail_held',
    'mail_import_state',
    'mail_messages',
    'mail_outbox',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
