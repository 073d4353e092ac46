import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // LKPP answers at two desks (Kep. Kepala LKPP 26/2022): Helpdesk Eproc (`lkpp`) and, above
  // it, Helpdesk Teknis (`lkpp_teknis`). "Reached LKPP" becomes the highest tier a ticket has
  // been at, so each national desk sees what reached it. Escalation goes one tier at a time,
  // so a ticket that never reached LKPP but was ever escalated reached Admin PPE.
  await db.schema
    .alterTable('tickets')
    .addColumn('reached_tier', 'text', (c) => c.notNull().defaultTo('helpdesk'))
    .execute();
  await db
    .updateTable('tickets')
    .set({
      reached_tier: sql`case
        when reached_lkpp = 1 then 'lkpp'
        when tier = 'admin_ppe' or exists (
          select 1 from ticket_events e where e.ticket_id = tickets.id and e.type = 'escalated'
        ) then 'admin_ppe'
        else 'helpdesk' end`,
    })
    .execute();
  await db.schema.dropIndex('tickets_lkpp').execute();
  await db.schema.alterTable('tickets').dropColumn('reached_lkpp').execute();
  await db.schema
    .createIndex('tickets_reached_tier')
    .on('tickets')
    .columns(['reached_tier', 'tier', 'status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tickets')
    .addColumn('reached_lkpp', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .updateTable('tickets')
    .set({ reached_lkpp: sql`case when reached_tier in ('lkpp', 'lkpp_teknis') then 1 else 0 end` })
    .execute();
  await db.schema.dropIndex('tickets_reached_tier').execute();
  await db.schema.alterTable('tickets').dropColumn('reached_tier').execute();
  await db.schema
    .createIndex('tickets_lkpp')
    .on('tickets')
    .columns(['reached_lkpp', 'tier', 'status'])
    .execute();
}
