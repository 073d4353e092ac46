import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A mail about a ticket names its conversation (reporter or staff) in the outbox, whose row
  // already holds its Message-ID (unique) and ticket: replies to it are matched there. Each
  // such mail wrote a second row, with three indexes, into mail_messages only for that. Mail
  // queued before keeps its row there; both are read.
  await db.schema.alterTable('mail_outbox').addColumn('thread', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  // Back to one thread record per mail, so replies to mail queued since still find their ticket.
  await sql`insert into mail_messages (unit_code, message_id, direction, thread, ticket_id, disposition, from_address, created_at)
    select unit_code, message_id, 'out', thread, ticket_id, null, null, created_at from mail_outbox where thread is not null and unit_code is not null
    on conflict (unit_code, message_id) do nothing`.execute(db);
  await db.schema.alterTable('mail_outbox').dropColumn('thread').execute();
}
