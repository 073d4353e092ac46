import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Attachments and held mails kept in the database (ATTACHMENT_STORAGE=database, the default
  // on PostgreSQL), so instances behind one load balancer need no shared volume. Content is
  // addressed by its SHA-256 as on disk, and sliced so neither writing nor reading holds a
  // whole file in memory. The blob row is written last, in the chunks' transaction.
  await db.schema
    .createTable('attachment_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // `bytea` is PostgreSQL's binary type; SQLite takes any type name and keeps a Buffer as a BLOB.
  await db.schema
    .createTable('attachment_chunks')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_chunks_pk', ['sha256', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_chunks').execute();
  await db.schema.dropTable('attachment_blobs').execute();
}
