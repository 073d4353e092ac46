import { sql } from 'kysely';
import type { Tier } from '../../../domain/tiers/tiers.js';
import type { Db, Dialect } from '../../db/connect.js';
import { statusAt, tierOfRank, tierRankBy } from './history.repository.js';

/** A unit's period as stored instants: [startIso, endIso). */
export type Range = Readonly<{ unitCode: string; startIso: string; endIso: string }>;

type Count = number | string;

/** Tickets received in the period (created in it), counted by one column, in the database. */
export async function receivedBy(
  db: Db,
  r: Range,
  column: 'origin_channel' | 'kind' | 'category_code',
): Promise<Map<string | null, number>> {
  const rows = await db
    .selectFrom('tickets')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<Count>().as('n')])
    .where('unit_code', '=', r.unitCode)
    .where('created_at', '>=', r.startIso)
    .where('created_at', '<', r.endIso)
    .groupBy(column)
    .execute();
  return new Map(rows.map((row) => [row.value, Number(row.n)]));
}

export type ReceivedCounts = Readonly<
  Record<'byChannel' | 'byKind' | 'byCategory', Map<string | null, number>>
>;

/**
 * Tickets received in the period counted by channel, by kind and by category: one grouped read
 * of the period's tickets instead of one per column (each read fetches every ticket's row).
 */
export async function receivedCounts(db: Db, r: Range): Promise<ReceivedCounts> {
  const rows = await db
    .selectFrom('tickets')
    .select((eb) => ['origin_channel', 'kind', 'category_code', eb.fn.countAll<Count>().as('n')])
    .where('unit_code', '=', r.unitCode)
    .where('created_at', '>=', r.startIso)
    .where('created_at', '<', r.endIso)
    .groupBy(['origin_channel', 'kind', 'category_code'])
    .execute();
  const counts: ReceivedCounts = { byChannel: new Map(), byKind: new Map(), byCategory: new Map() };
  const add = (map: Map<string | null, number>, key: string | null, n: number) =>
    map.set(key, (map.get(key) ?? 0) + n);
  for (const row of rows) {
    const n = Number(row.n);
    add(counts.byChannel, row.origin_channel, n);
    add(counts.byKind, row.kind, n);
    add(counts.byCategory, row.category_code, n);
  }
  return counts;
}

/** How many tickets ended a period in a status, having reached a tier at most. */
export type StateAtEndCount = { status: string; tier: Tier; count: number };

/**
 * Tickets received in the period by their status at its end and the highest tier they had
 * reached by then, both read from the history (one grouped query).
 */
export async function receivedByStateAtEnd(db: Db, dialect: Dialect, r: Range): Promise<StateAtEndCount[]> {
  const perTicket = db
    .selectFrom('tickets as t')
    .select((eb) => [
      statusAt(eb, dialect, r.endIso).as('status_at_end'),
      tierRankBy(eb, dialect, r.endIso).as('tier_rank'),
    ])
    .where('t.unit_code', '=', r.unitCode)
    .where('t.created_at', '>=', r.startIso)
    .where('t.created_at', '<', r.endIso);
  const rows = await db
    .selectFrom(perTicket.as('x'))
    .select((eb) => ['x.status_at_end', 'x.tier_rank', eb.fn.countAll<Count>().as('n')])
    .groupBy(['x.status_at_end', 'x.tier_rank'])
    .execute();
  return rows.map((row) => ({
    status: row.status_at_end ?? 'new',
    tier: tierOfRank(row.tier_rank),
    count: Number(row.n),
  }));
}

/** Events of a type in the period on the unit's tickets: one range of the (unit_code, type, at) index. */
export function eventsInPeriod(db: Db, r: Range, type: string) {
  return db
    .selectFrom('ticket_events as e')
    .where('e.unit_code', '=', r.unitCode)
    .where('e.type', '=', type)
    .where('e.at', '>=', r.startIso)
    .where('e.at', '<', r.endIso);
}

/** How many tickets were completed (resolved) in the period; a ticket resolved twice in it counts once. */
export async function countCompleted(db: Db, r: Range): Promise<number> {
  const row = await eventsInPeriod(db, r, 'resolved')
    .select(sql<Count>`count(distinct e.ticket_id)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many events of a type the period holds: read from the (unit_code, type, at) index alone. */
export async function countEvents(db: Db, r: Range, type: string): Promise<number> {
  const row = await eventsInPeriod(db, r, type)
    .select(sql<Count>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Complaints received in the period: how many, how many coordinated and the Kepala informed of by its end. */
export async function complaintCounts(
  db: Db,
  r: Range,
): Promise<{ received: number; coordinated: number; kepalaInformed: number }> {
  const row = await db
    .selectFrom('tickets as t')
    .select((eb) => [
      eb.fn.countAll<Count>().as('received'),
      eb.fn
        .sum<Count | null>(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('ticket_events as e')
                  .select('e.id')
                  .whereRef('e.ticket_id', '=', 't.id')
                  .where('e.type', '=', 'coordinated')
                  .where('e.at', '<', r.endIso),
              ),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('coordinated'),
      eb.fn
        .sum<Count | null>(eb.case().when('t.kepala_informed_at', '<', r.endIso).then(1).else(0).end())
        .as('informed'),
    ])
    .where('t.unit_code', '=', r.unitCode)
    .where('t.kind', '=', 'complaint')
    .where('t.created_at', '>=', r.startIso)
    .where('t.created_at', '<', r.endIso)
    .executeTakeFirstOrThrow();
  return {
    received: Number(row.received),
    coordinated: Number(row.coordinated ?? 0),
    kepalaInformed: Number(row.informed ?? 0),
  };
}

/** Category names of the unit, by code. */
export async function categoryNames(
  db: Db,
  unitCode: string,
): Promise<Map<string, { name: string; nameEn: string; sortOrder: number }>> {
  const rows = await db
    .selectFrom('categories')
    .select(['code', 'name', 'name_en', 'sort_order'])
    .where('unit_code', '=', unitCode)
    .execute();
  return new Map(rows.map((c) => [c.code, { name: c.name, nameEn: c.name_en, sortOrder: c.sort_order }]));
}
