/**
 * The floor: a bare Fastify server on the same database doing, for each scenario, the raw
 * work the scenario cannot avoid (one insert, or the indexed selects) with no validation,
 * sessions, rules, history or presentation. Benchmarks report ours / floor.
 *
 *   DATABASE_URL=… PORT=0 npx tsx bench/floor-server.ts
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { connect } from '../src/server/db/connect.js';
import { newId } from '../src/server/ids.js';

const handle = connect(process.env.DATABASE_URL ?? 'data/bench.db');
const db = handle.db;
const app = Fastify({ logger: false });
const UNIT = 'lpse-kota-payakumbuh';

await sql`create table if not exists bench_floor (id text primary key, unit_code text not null, subject text not null, body text not null, created_at text not null)`.execute(db);

app.post('/floor/insert', async (req) => {
  const body = req.body as { subject?: string; description?: string };
  const id = newId();
  await db.insertInto('bench_floor' as never).values({ id, unit_code: UNIT, subject: body.subject ?? '', body: body.description ?? '', created_at: new Date().toISOString() } as never).execute();
  return { id };
});

app.get('/floor/ticket/:code', async (req) => {
  const { code } = req.params as { code: string };
  return db.selectFrom('tickets').selectAll().where('code', '=', code).executeTakeFirst();
});

app.get('/floor/detail/:code', async (req) => {
  const { code } = req.params as { code: string };
  const ticket = await db.selectFrom('tickets').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const messages = await db.selectFrom('ticket_messages').selectAll().where('ticket_id', '=', ticket.id).orderBy('created_at').execute();
  const events = await db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticket.id).orderBy('version').execute();
  return { ticket, messages, events };
});

app.get('/floor/queue', async (req) => {
  const { after } = req.query as { after?: string };
  let query = db.selectFrom('tickets').selectAll().where('unit_code', '=', UNIT).where('status', '=', 'in_progress');
  if (after) query = query.where('due_at', '>', after);
  return query.orderBy('due_at').orderBy('id').limit(25).execute();
});

app.get('/floor/search', async (req) => {
  const { q } = req.query as { q: string };
  const like = `%${q.toLowerCase()}%`;
  return db.selectFrom('tickets').selectAll().where('unit_code', '=', UNIT).where(sql<boolean>`(lower(subject) like ${like} or lower(description) like ${like})`).orderBy('due_at').limit(25).execute();
});

app.get('/floor/report', async (req) => {
  const { from, to } = req.query as { from: string; to: string };
  return db.selectFrom('tickets').select(['channel', 'status', (eb) => eb.fn.countAll().as('n')]).where('unit_code', '=', UNIT).where('created_at', '>=', from).where('created_at', '<', to).groupBy(['channel', 'status']).execute();
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`floor serving on ${address}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => handle.close()).then(() => process.exit(0));
});
