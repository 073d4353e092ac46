/**
 * Reports at scale: on a database filled by `bench/seed.ts` (default a million tickets over
 * 600 units, LPSE Kota Payakumbuh holding 10 %), times what the Kepala LPSE asks for — a
 * month's dashboard figures, the twelve-month trend, the month's CSV and Excel files and the
 * SKM index — against a floor: reading the raw rows any such report must at least touch (the
 * month's tickets of the unit and their histories, with the same indexes). Adds SKM responses
 * for the unit first (the seed makes none). Best of 3 rounds each; prints ours / floor.
 *
 *   npm run bench:seed -- --tickets 100000 --home-share 0.5 --database ./data/bench.db
 *   npm run bench:reports -- --database ./data/bench.db --inflate-to 1000000 [--month 2026-10]
 *
 * `--inflate-to` copies the other units' tickets and histories (new ids and codes) until the
 * tables hold that many tickets: seeding a million realistic tickets takes most of an hour,
 * copying them seconds, and the unit reported on is left exactly as seeded.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { connect, type Db } from '../src/server/db/connect.js';
import { newId } from '../src/server/core/ids.js';
import { unitWorkCalendar } from '../src/server/modules/calendar/calendar.service.js';
import { ticketRowBatches } from '../src/server/modules/reports/exports/ticket-rows.repository.js';
import { reportSummary } from '../src/server/modules/reports/report-summary.js';
import { reportTrend } from '../src/server/modules/reports/report-trend.js';
import { scopeOf } from '../src/server/modules/report-scope/report-scope.js';
import { unitSlaPolicy } from '../src/server/modules/sla/ticket-sla.js';
import { skmOfScope } from '../src/server/modules/surveys/skm.service.js';
import { monthPeriod } from '../src/domain/reports/index.js';
import { arg, numberArg, random } from './lib/args.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const UNIT = 'lpse-kota-payakumbuh';
const ROUNDS = 3;

async function timed<T>(run: () => Promise<T>): Promise<{ bestMs: number; result: T }> {
  let bestMs = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    result = await run();
    bestMs = Math.min(bestMs, performance.now() - started);
  }
  return { bestMs, result: result as T };
}

/** SKM responses spread over the seed's three years, unless the unit has some already. */
async function addSurveys(db: Db, count: number): Promise<void> {
  const existing = await db
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('unit_code', '=', UNIT)
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const rnd = random(14);
  const start = Date.parse('2023-11-27T00:00:00Z');
  const span = Date.parse('2026-11-27T00:00:00Z') - start;
  const score = () => (rnd() < 0.05 ? null : 2 + Math.floor(rnd() * 3));
  for (let done = 0; done < count; done += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - done) }, () => ({
      id: newId(),
      unit_code: UNIT,
      ticket_id: null,
      source: 'general',
      submitted_at: new Date(start + Math.floor(rnd() * span)).toISOString(),
      u1: score(),
      u2: score(),
      u3: score(),
      u4: 4,
      u5: score(),
      u6: score(),
      u7: score(),
      u8: score(),
      u9: score(),
      age_band: null,
      sex: rnd() < 0.5 ? 'laki-laki' : 'perempuan',
      education: null,
      occupation: null,
      procurement_role: null,
      comment: null,
    }));
    await db.insertInto('survey_responses').values(rows).execute();
  }
}

/** Copies the other units' tickets and their events under new ids until `target` tickets exist. */
async function inflate(db: Db, target: number): Promise<void> {
  const count = async () =>
    Number(
      (
        await db
          .selectFrom('tickets')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const columns = async (table: string) =>
    (await db.introspection.getTables()).find((t) => t.name === table)!.columns.map((c) => c.name);
  const ticketColumns = await columns('tickets');
  const eventColumns = await columns('ticket_events');
  // A suffix of this run, so that copies made by an earlier, interrupted run never collide.
  const run = Date.now().toString(36);
  const renamed = (cols: string[], prefix: string, suffixed: string[], copy: number) =>
    cols
      .map((c) => (suffixed.includes(c) ? `${prefix}${c} || '~${run}${copy}'` : `${prefix}${c}`))
      .join(', ');
  for (let copy = 1; (await count()) < target; copy += 1) {
    await db.transaction().execute(async (trx) => {
      await sql
        .raw(
          `insert into tickets (${ticketColumns.join(', ')}) select ${renamed(ticketColumns, '', ['id', 'code'], copy)} from tickets where unit_code <> '${UNIT}' and id not like '%~%'`,
        )
        .execute(trx);
      await sql
        .raw(
          `insert into ticket_events (${eventColumns.join(', ')}) select ${renamed(eventColumns, 'e.', ['id', 'ticket_id'], copy)} from ticket_events e join tickets t on t.id = e.ticket_id where t.unit_code <> '${UNIT}' and t.id not like '%~%'`,
        )
        .execute(trx);
    });
  }
}

async function main(): Promise<void> {
  const database = arg('database', path.join(ROOT, 'data/bench.db'));
  const month = arg('month', '2026-10');
  const handle = connect(database);
  const db = handle.db;
  try {
    const inflateTo = numberArg('inflate-to', 0);
    if (inflateTo > 0) await inflate(db, inflateTo);
    await addSurveys(db, numberArg('surveys', 30_000));
    const unit = await db.selectFrom('units').selectAll().where('code', '=', UNIT).executeTakeFirstOrThrow();
    const scope = scopeOf(unit, monthPeriod(month)!);
    const range = { unitCode: UNIT, startIso: scope.startIso, endIso: scope.endIso };
    const total = await db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    const calendar = await unitWorkCalendar(db, UNIT);
    const policy = await unitSlaPolicy(db, UNIT);

    const floor = await timed(async () => {
      const tickets = await db
        .selectFrom('tickets')
        .selectAll()
        .where('unit_code', '=', UNIT)
        .where('created_at', '>=', scope.startIso)
        .where('created_at', '<', scope.endIso)
        .execute();
      let events = 0;
      for (let i = 0; i < tickets.length; i += 500) {
        events += (
          await db
            .selectFrom('ticket_events')
            .select('id')
            .where(
              'ticket_id',
              'in',
              tickets.slice(i, i + 500).map((t) => t.id),
            )
            .execute()
        ).length;
      }
      return { tickets: tickets.length, events };
    });
    const summary = await timed(() => reportSummary(db, handle.dialect, scope));
    const trend = await timed(() => reportTrend(db, unit, month));
    const rows = await timed(async () => {
      let n = 0;
      for await (const batch of ticketRowBatches(db, range, calendar, policy)) n += batch.length;
      return n;
    });
    const skm = await timed(() => skmOfScope(db, scopeOf(unit, { from: '2025-11-01', to: '2026-10-31' })));

    const s = summary.result;
    console.log(
      `reports on ${handle.dialect}, ${Number(total.n)} tickets in the database; ${UNIT}, ${month}: ${s.received.total} received, ${s.completion.count} completed, ${s.firstResponse.count} first responses, ${floor.result.events} history events`,
    );
    const line = (name: string, ms: number) =>
      console.log(
        `  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms   ours / floor ${(ms / floor.bestMs).toFixed(2)}`,
      );
    console.log(
      `  ${"floor: the month's rows + histories".padEnd(34)} ${floor.bestMs.toFixed(1).padStart(8)} ms`,
    );
    line('dashboard summary (month)', summary.bestMs);
    line('twelve-month trend', trend.bestMs);
    line(`ticket rows for CSV/Excel (${rows.result})`, rows.bestMs);
    line(`SKM index, a year (${skm.result.respondents} resp.)`, skm.bestMs);
  } finally {
    await handle.close();
  }
}

await main();
