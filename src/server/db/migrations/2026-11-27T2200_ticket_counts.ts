import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // How many tickets each unit holds per status, tier and confidentiality: the queue's counts
  // read these few rows instead of counting the unit's tickets on every request. Kept in the
  // same transaction as every insert and change of a ticket (tickets.repository.ts).
  await db.schema
    .createTable('ticket_counts')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('confidential', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_counts_pk', ['unit_code', 'status', 'tier', 'confidential'])
    .execute();
  await sql`insert into ticket_counts (unit_code, status, tier, confidential, n) select unit_code, status, tier, confidential, count(*) from tickets group by unit_code, status, tier, confidential`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ticket_counts').execute();
}
