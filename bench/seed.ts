/**
 * Fills a database with realistic Tanggap data, fast, for the benchmarks:
 *
 *   npm run bench:seed -- --tickets 1000000 --units 600 [--database ./data/bench.db | postgres://…]
 *
 * Units: LPSE Kota Payakumbuh and LKPP-RI from config/units, plus `--units` bench units made
 * from Payakumbuh's file. Payakumbuh receives `--home-share` (default 10 %) of the tickets so
 * one unit's queue is large; the rest are spread over the other units. Tickets are dated over
 * three years up to 2026-11-27, across channels, kinds, tiers, statuses and categories, each
 * with the history and messages its status implies. Demo accounts use `--password`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import path from 'node:path';
import { connect, type Db } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { TicketEventsTable, TicketMessagesTable, TicketsTable } from '../src/server/db/schema.js';
import { newId } from '../src/server/core/ids.js';
import { loadCalendars } from '../src/server/modules/calendar/calendar-files.js';
import { unitWorkCalendar } from '../src/server/modules/calendar/calendar.service.js';
import { hashPassword } from '../src/server/modules/accounts/password.js';
import { secretDigest } from '../src/server/modules/tickets/ticket-secrets.js';
import { seedDemoAccounts } from '../src/server/modules/demo/demo-accounts.js';
import { readUnitFiles } from '../src/server/modules/unit-files/unit-files.js';
import { loadUnits } from '../src/server/modules/unit-files/unit-files.service.js';
import type { UnitFile } from '../src/server/modules/units/unit-file.schema.js';
import { arg, numberArg, pick, random } from './lib/args.js';
import { BENCH_PASSWORD, BENCH_PIN, BENCH_SECRET, LONG_CONVERSATION_SUBJECT } from './lib/constants.js';
import { ticketStory } from './lib/ticket-story.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const BATCH = 2_000;

/**
 * The open tickets the home unit has at least, at every size: a queue's deep page (after 20
 * pages of 25) then exists at 10k as at 1M, so the two compare the same page. At 10k the
 * history alone leaves Payakumbuh some sixty; from 100k it has more than this.
 */
const HOME_QUEUE_FLOOR = 700;
const OPEN = new Set(['new', 'in_progress', 'waiting_reporter']);

async function main(): Promise<void> {
  const tickets = numberArg('tickets', 10_000);
  const unitCount = numberArg('units', 600);
  const homeShare = numberArg('home-share', 0.1);
  const database = arg('database', process.env.DATABASE_URL ?? path.join(ROOT, 'data/bench.db'));
  if (!database.startsWith('postgres')) {
    // A fresh clone has no data/ folder yet.
    mkdirSync(path.dirname(database), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
  }
  const handle = connect(database);
  const db = handle.db;
  const started = Date.now();
  if (handle.dialect === 'sqlite') {
    // A throwaway database filled in bulk: a page cache that holds the indexes, and no syncs.
    await sql`pragma cache_size = -1000000`.execute(db);
    await sql`pragma synchronous = off`.execute(db);
  }
  await migrateToLatest(db);
  if (database.startsWith('postgres')) await truncateAll(db);
  const now = new Date('2026-11-27T03:00:00Z');
  const files = readUnitFiles(path.join(ROOT, 'config/units'));
  const home = files.find((f) => f.code === 'lpse-kota-payakumbuh')!;
  const benchUnits: UnitFile[] = Array.from({ length: unitCount }, (_, i) => ({
    ...home,
    code: `lpse-bench-${String(i + 1).padStart(4, '0')}`,
    name: `LPSE Bench ${i + 1}`,
    ticketPrefix: `B${String(i + 1).padStart(4, '0')}`,
  }));
  const units = [...files, ...benchUnits];
  await loadUnits(db, units, now);
  await loadCalendars(db, units, now);
  await seedDemoAccounts(db, BENCH_PASSWORD, now);
  const vendors = await seedVendors(db, 500, now);
  const lpseCodes = units.filter((u) => u.kind === 'lpse').map((u) => u.code);
  const prefixes = new Map(units.map((u) => [u.code, u.ticketPrefix]));
  const counters = new Map<string, number>();
  const rnd = random(42);
  const categories = home.categories.map((c) => c.code);
  const calendar = await unitWorkCalendar(db, home.code);
  let rows: TicketsTable[] = [];
  let events: TicketEventsTable[] = [];
  let messages: TicketMessagesTable[] = [];
  let homeOpen = 0;
  // After the history, the home unit's queue is topped up to HOME_QUEUE_FLOOR open tickets.
  let topUp = 0;
  for (let i = 0; i < tickets + topUp; i++) {
    const openRecent = i >= tickets;
    const unitCode =
      openRecent || rnd() < homeShare
        ? home.code
        : (lpseCodes[1 + Math.floor(rnd() * (lpseCodes.length - 1))] ?? home.code);
    const story = ticketStory({
      rnd,
      now,
      unitCode,
      prefixes,
      counters,
      categories,
      vendors,
      calendar,
      pick,
      openRecent,
    });
    if (unitCode === home.code && OPEN.has(story.ticket.status)) homeOpen += 1;
    if (i === tickets - 1) topUp = Math.max(0, HOME_QUEUE_FLOOR - homeOpen);
    if (story.ticket.reporter_user_id === null)
      story.ticket.tracking_pin_hash = secretDigest(BENCH_SECRET, 'pin', story.ticket.code, BENCH_PIN);
    rows.push(story.ticket);
    events.push(...story.events);
    messages.push(...story.messages);
    if (rows.length >= BATCH || i === tickets + topUp - 1) {
      await flush(db, rows, events, messages);
      rows = [];
      events = [];
      messages = [];
      if ((i + 1) % 50_000 < BATCH)
        process.stdout.write(
          `  ${i + 1} tickets (${Math.round((i + 1) / ((Date.now() - started) / 1000))}/s)\n`,
        );
    }
  }
  await writeCounters(db, counters);
  // The queue's kept counts, as the application keeps them with every ticket write.
  await sql`insert into ticket_counts (unit_code, status, tier, confidential, n) select unit_code, status, tier, confidential, count(*) from tickets group by unit_code, status, tier, confidential`.execute(
    db,
  );
  await addLongConversation(db, home.code);
  // PostgreSQL as a database in use has it from autovacuum, which would get to it only
  // minutes later: planner statistics (without them it plans a million rows blind), and every
  // row vacuumed once. Unvacuumed, the first read of each row marks it (its page is written
  // during the benchmark's reads) and no index can answer a query alone, the visibility map
  // being empty. SQLite gathers no statistics by itself, and Tanggap does not ask it to.
  if (handle.dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  await handle.close();
  if (topUp > 0)
    process.stdout.write(
      `  and ${topUp} open tickets of the last thirty days for ${home.code}, whose queue then holds ${HOME_QUEUE_FLOOR}\n`,
    );
  process.stdout.write(
    `seeded ${tickets + topUp} tickets over ${unitCount + 1} LPSE units into ${database} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

async function seedVendors(db: Db, count: number, now: Date): Promise<string[]> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId(now.getTime()),
    email: `vendor${i}@bench.test`,
    name: `CV Bench ${i}`,
    phone: '0812000000',
    user_type: 'penyedia',
    organization: `CV Bench ${i}`,
    spse_user_id: null,
    password_hash: hash,
    is_active: 1,
    availability: null,
    locale: 'id',
    failed_login_count: 0,
    locked_until: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  }));
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('users')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.map((r) => r.id);
}

async function flush(
  db: Db,
  tickets: TicketsTable[],
  events: TicketEventsTable[],
  messages: TicketMessagesTable[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < tickets.length; i += 250)
      await trx
        .insertInto('tickets')
        .values(tickets.slice(i, i + 250))
        .execute();
    for (let i = 0; i < events.length; i += 1000)
      await trx
        .insertInto('ticket_events')
        .values(events.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < messages.length; i += 1000)
      await trx
        .insertInto('ticket_messages')
        .values(messages.slice(i, i + 1000))
        .execute();
  });
}

async function writeCounters(db: Db, counters: Map<string, number>): Promise<void> {
  const rows = [...counters].map(([key, last]) => {
    const [unit_code, year] = key.split('|') as [string, string];
    return { unit_code, year: Number(year), last_seq: last };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('ticket_counters')
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * The newest Payakumbuh ticket gets 50 messages, for the ticket detail scenario, and a subject
 * (LONG_CONVERSATION_SUBJECT) the scenario finds it by: newer tickets come with every run.
 */
async function addLongConversation(db: Db, unitCode: string): Promise<void> {
  const ticket = await db
    .selectFrom('tickets')
    .select(['id', 'created_at'])
    .where('unit_code', '=', unitCode)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('tickets')
    .set({ subject: LONG_CONVERSATION_SUBJECT })
    .where('id', '=', ticket.id)
    .execute();
  const at = Date.parse(ticket.created_at);
  const rows = Array.from({ length: 50 }, (_, i) => ({
    id: newId(at + i * 60_000),
    ticket_id: ticket.id,
    author_id: null,
    author_party: i % 2 ? 'reporter' : 'helpdesk',
    author_name: null,
    visibility: 'public',
    purpose: i % 2 ? 'reporter_answer' : 'reply',
    body: `Pesan ke-${i + 1}: rincian kendala dan langkah penyelesaian yang dicoba.`,
    created_at: new Date(at + i * 60_000).toISOString(),
  }));
  await db.insertInto('ticket_messages').values(rows).execute();
}

async function truncateAll(db: Db): Promise<void> {
  await sql`truncate table notifications, attachments, ticket_messages, ticket_events, tickets, ticket_counters, ticket_counts, sessions, account_events, user_roles, users cascade`.execute(
    db,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
