/**
 * The floor: a bare Fastify server on the same database doing, for each scenario, the same
 * number of equivalent raw writes or indexed selects as Tanggap does for it (issue 8), with no
 * validation, sessions, rules, SLA clock, mail rendering or presentation. Benchmarks report
 * ours / floor.
 *
 * - create: the ticket number, the ticket row, its first event, a notification, two mails
 *   and the queue count, in one transaction;
 * - reply: the ticket update, message, event, notification and mail, and the two count
 *   moves; escalate: the same without the message;
 * - reads: the two selects a session costs (account, roles), then the scenario's own: the
 *   page (the columns a list shows) and its tickets' histories (and the counts on a first
 *   page), the ticket and its history, the ticket with its messages and history.
 *
 * Its rows go into the real tables (in the unit's counter for the year 9999 and with codes
 * FLOOR-9999-…, so Tanggap's own numbering is untouched), so each index costs what it costs
 * Tanggap.
 *
 *   DATABASE_URL=… PORT=0 npx tsx bench/floor-server.ts
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { connect, type Db } from '../src/server/db/connect.js';
import type { TicketsTable } from '../src/server/db/schema.js';
import { newId } from '../src/server/core/ids.js';
import { LIST_COLUMNS } from '../src/server/modules/tickets/list-tickets.repository.js';

const handle = connect(process.env.DATABASE_URL ?? 'data/bench.db');
const db = handle.db;
const app = Fastify({ logger: false });
const UNIT = 'lpse-kota-payakumbuh';
const FLOOR_YEAR = 9999;

const helpdesk = await db
  .selectFrom('users')
  .select('id')
  .where('email', '=', 'helpdesk@demo.test')
  .executeTakeFirstOrThrow();
const vendor = await db
  .selectFrom('users')
  .select('id')
  .where('email', '=', 'vendor0@bench.test')
  .executeTakeFirstOrThrow();

/** What a session costs a signed-in request: the account, then its roles. */
async function signedIn(email: string): Promise<void> {
  const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
  await db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.code', 'user_roles.unit_code')
    .select(['user_roles.unit_code', 'user_roles.role', 'units.kind'])
    .where('user_roles.user_id', '=', user.id)
    .execute();
}

function ticketRow(
  id: string,
  code: string,
  iso: string,
  body: { subject?: string; description?: string },
): TicketsTable {
  return {
    id,
    code,
    unit_code: UNIT,
    kind: 'question',
    type: 'permasalahan',
    channel: 'portal',
    origin_channel: 'portal',
    tier: 'helpdesk',
    status: 'new',
    category_code: 'tender-nontender',
    subject: body.subject ?? '',
    description: body.description ?? '',
    application: 'SPSE',
    error_code: null,
    tender_code: null,
    purpose: null,
    earlier_ticket_code: null,
    box_opened_on: null,
    reporter_user_id: vendor.id,
    reporter_name: 'CV Bench 0',
    reporter_address: null,
    reporter_phone: '0812000000',
    reporter_email: 'vendor0@bench.test',
    reporter_organization: 'CV Bench 0',
    confidential: 0,
    anonymous: 0,
    logged_by_id: null,
    tracking_pin_hash: null,
    claim_token_hash: null,
    awaiting_claim: 0,
    assignee_id: null,
    lkpp_mode: 'hosted',
    reached_tier: 'helpdesk',
    lkpp_reference: null,
    resolved_tier: null,
    kepala_informed_at: null,
    coordination_noted_at: null,
    difficulty: null,
    first_opened_at: null,
    first_response_at: null,
    resolved_at: null,
    closed_at: null,
    version: 1,
    created_at: iso,
    updated_at: iso,
    extension_minutes: 0,
    extension_pending_minutes: null,
    due_at: iso,
    at_risk_at: iso,
    sla_notified: null,
  };
}

async function event(
  trx: Db,
  ticketId: string,
  version: number,
  type: string,
  status: string,
  tier: string,
  iso: string,
): Promise<void> {
  await trx
    .insertInto('ticket_events')
    .values({
      id: newId(),
      ticket_id: ticketId,
      unit_code: UNIT,
      version,
      at: iso,
      actor_id: helpdesk.id,
      actor_party: 'helpdesk',
      type,
      reason: null,
      data_json: JSON.stringify({ status, tier }),
    })
    .execute();
}

async function notify(trx: Db, ticketId: string, type: string, iso: string): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({
      id: newId(),
      user_id: helpdesk.id,
      ticket_id: ticketId,
      type,
      dedupe_key: `${type}:${ticketId}:${newId()}`,
      data_json: '{}',
      created_at: iso,
      read_at: null,
    })
    .execute();
}

/** One mail, its conversation named in its row, as written (already sent, so no sender picks it up). */
async function mail(trx: Db, ticketId: string, text: string, iso: string): Promise<void> {
  const messageId = `<${newId()}@floor.invalid>`;
  await trx
    .insertInto('mail_outbox')
    .values({
      id: newId(),
      dedupe_key: `floor:${newId()}`,
      kind: 'floor',
      unit_code: UNIT,
      ticket_id: ticketId,
      user_id: null,
      to_address: 'floor@bench.test',
      to_name: null,
      from_name: 'LPSE',
      reply_to: null,
      subject: 'Floor',
      text_body: text,
      html_body: `<p>${text}</p>`,
      message_id: messageId,
      thread: 'reporter',
      in_reply_to: null,
      references_list: null,
      auto_submitted: 'auto-generated',
      lang: 'id',
      carries_secret: 0,
      status: 'sent',
      attempts: 1,
      next_attempt_at: iso,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      created_at: iso,
      sent_at: iso,
    })
    .execute();
}

async function count(trx: Db, status: string, tier: string, delta: 1 | -1): Promise<void> {
  await trx
    .insertInto('ticket_counts')
    .values({ unit_code: UNIT, status, tier, confidential: 0, n: delta })
    .onConflict((oc) =>
      oc
        .columns(['unit_code', 'status', 'tier', 'confidential'])
        .doUpdateSet((eb) => ({ n: eb('ticket_counts.n', '+', delta) })),
    )
    .execute();
}

/** The floor's own tickets, which its replies and escalations then change. */
const made: Array<{ id: string; version: number; status: string; tier: string }> = [];

app.post('/floor/create', async (req) => {
  const body = req.body as { subject?: string; description?: string };
  const iso = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const { last_seq } = await trx
      .insertInto('ticket_counters')
      .values({ unit_code: UNIT, year: FLOOR_YEAR, last_seq: 1 })
      .onConflict((oc) =>
        oc
          .columns(['unit_code', 'year'])
          .doUpdateSet((eb) => ({ last_seq: eb('ticket_counters.last_seq', '+', 1) })),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    const row = ticketRow(newId(), `FLOOR-${FLOOR_YEAR}-${String(last_seq).padStart(6, '0')}`, iso, body);
    await trx.insertInto('tickets').values(row).execute();
    await event(trx, row.id, 1, 'created', row.status, row.tier, iso);
    await notify(trx, row.id, 'ticket_new', iso);
    await mail(trx, row.id, row.description, iso);
    await mail(trx, row.id, row.description, iso);
    await count(trx, row.status, row.tier, 1);
    made.push({ id: row.id, version: 1, status: row.status, tier: row.tier });
    return { code: row.code };
  });
});

let turn = 0;
/** A reply or an escalation of the floor's next ticket; the counts move when its status or tier does, as Tanggap's do. */
async function change(type: 'replied' | 'escalated', body: string | null): Promise<{ version: number }> {
  const ticket = made[turn++ % made.length];
  if (!ticket) throw new Error('the floor changes the tickets it created: run /floor/create first');
  const iso = new Date().toISOString();
  const before = { status: ticket.status, tier: ticket.tier };
  const after = { status: 'in_progress', tier: type === 'escalated' ? 'admin_ppe' : ticket.tier };
  return db.transaction().execute(async (trx) => {
    const version = ticket.version + 1;
    await trx
      .updateTable('tickets')
      .set({ ...after, version, updated_at: iso, due_at: iso, at_risk_at: iso })
      .where('id', '=', ticket.id)
      .execute();
    if (body !== null)
      await trx
        .insertInto('ticket_messages')
        .values({
          id: newId(),
          ticket_id: ticket.id,
          author_id: helpdesk.id,
          author_party: 'helpdesk',
          author_name: null,
          visibility: 'public',
          purpose: 'reply',
          body,
          created_at: iso,
        })
        .execute();
    await event(trx, ticket.id, version, type, after.status, after.tier, iso);
    await notify(trx, ticket.id, `ticket_${type}`, iso);
    await mail(trx, ticket.id, body ?? 'Eskalasi', iso);
    if (before.status !== after.status || before.tier !== after.tier) {
      await count(trx, before.status, before.tier, -1);
      await count(trx, after.status, after.tier, 1);
    }
    Object.assign(ticket, after, { version });
    return { version };
  });
}

app.post('/floor/reply', async (req) => change('replied', (req.body as { body?: string }).body ?? ''));
app.post('/floor/escalate', async () => change('escalated', null));

async function historiesOf(ids: string[]): Promise<void> {
  if (ids.length > 0)
    await db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'at', 'data_json'])
      .where('ticket_id', 'in', ids)
      .orderBy('ticket_id')
      .orderBy('version')
      .execute();
}

app.get('/floor/ticket/:code', async (req) => {
  const { code } = req.params as { code: string };
  const ticket = await db
    .selectFrom('tickets')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  await historiesOf([ticket.id]);
  return ticket;
});

app.get('/floor/detail/:code', async (req) => {
  await signedIn('helpdesk@demo.test');
  const { code } = req.params as { code: string };
  const ticket = await db
    .selectFrom('tickets')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('ticket_messages')
    .selectAll()
    .where('ticket_id', '=', ticket.id)
    .orderBy('created_at')
    .execute();
  const events = await db
    .selectFrom('ticket_events')
    .selectAll()
    .where('ticket_id', '=', ticket.id)
    .orderBy('version')
    .execute();
  return { ticket, messages, events };
});

app.get('/floor/queue', async (req) => {
  await signedIn('helpdesk@demo.test');
  const { after } = req.query as { after?: string };
  let query = db
    .selectFrom('tickets')
    .select(LIST_COLUMNS)
    .where('unit_code', '=', UNIT)
    .where('status', 'in', [sql.lit('new'), sql.lit('in_progress'), sql.lit('waiting_reporter')]);
  if (after) query = query.where('due_at', '>', after);
  const page = await query.orderBy('due_at').orderBy('id').limit(26).execute();
  await historiesOf(page.map((t) => t.id));
  const counts = after
    ? null
    : await db.selectFrom('ticket_counts').selectAll().where('unit_code', '=', UNIT).execute();
  return { page, counts };
});

app.get('/floor/search', async (req) => {
  await signedIn('helpdesk@demo.test');
  const { q } = req.query as { q: string };
  const like = `%${q.toLowerCase()}%`;
  const page = await db
    .selectFrom('tickets')
    .select(LIST_COLUMNS)
    .where('unit_code', '=', UNIT)
    .where(sql<boolean>`(lower(subject) like ${like} or lower(description) like ${like})`)
    .orderBy('due_at')
    .limit(26)
    .execute();
  await historiesOf(page.map((t) => t.id));
  return page;
});

app.get('/floor/report', async (req) => {
  await signedIn('kepala@demo.test');
  const { from, to } = req.query as { from: string; to: string };
  return db
    .selectFrom('tickets')
    .select(['channel', 'status', (eb) => eb.fn.countAll().as('n')])
    .where('unit_code', '=', UNIT)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy(['channel', 'status'])
    .execute();
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`floor serving on ${address}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
