import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import { TIERS, tierOfRank as tierOfPosition, type Tier } from '../../../domain/tiers/tiers.js';
import type { Dialect } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/**
 * SQL read from a ticket's history (ticket_events) as it stood at an instant. Every event's
 * `data_json` carries the ticket's `status` and `tier` after it; both databases read a JSON
 * field in their own words, the rest is shared SQL. Each expression is a correlated subquery
 * over one ticket's events through the (ticket_id, version) index, so its cost is that of
 * the ticket's few events, whatever the size of the table.
 */
export function jsonText(dialect: Dialect, column: string, key: string): RawBuilder<string | null> {
  return dialect === 'postgres'
    ? sql<string | null>`(${sql.ref(column)}::json ->> ${sql.lit(key)})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${key}`)})`;
}

type TicketScope = ExpressionBuilder<Database & { t: Database['tickets'] }, 't'>;

/** The ticket's status after its last event before `endIso`. */
export function statusAt(eb: TicketScope, dialect: Dialect, endIso: string) {
  return eb
    .selectFrom('ticket_events as e')
    .select(jsonText(dialect, 'e.data_json', 'status').as('s'))
    .whereRef('e.ticket_id', '=', 't.id')
    .where('e.at', '<', endIso)
    .orderBy('e.version', 'desc')
    .limit(1);
}

/** Each tier's position in the chain (tiers.ts), 1 for the helpdesk and for anything unknown. */
function rankOf(tier: RawBuilder<string | null>): RawBuilder<number> {
  const whens = TIERS.map((t, i) => sql`when ${sql.lit(t)} then ${sql.lit(i + 1)}`);
  return sql<number>`case ${tier} ${sql.join(whens, sql` `)} else 1 end`;
}

/** The highest tier the ticket had reached before `endIso`, as its position in the chain (tiers.ts). */
export function tierRankBy(eb: TicketScope, dialect: Dialect, endIso: string) {
  const tier = jsonText(dialect, 'e.data_json', 'tier');
  return eb
    .selectFrom('ticket_events as e')
    .select(sql<number>`max(${rankOf(tier)})`.as('r'))
    .whereRef('e.ticket_id', '=', 't.id')
    .where('e.at', '<', endIso);
}

/** The instant of the ticket's last resolution before `endIso`, if any. */
export function lastResolvedBefore(eb: TicketScope, endIso: string) {
  return eb
    .selectFrom('ticket_events as e')
    .select((inner) => inner.fn.max('e.at').as('a'))
    .whereRef('e.ticket_id', '=', 't.id')
    .where('e.type', '=', 'resolved')
    .where('e.at', '<', endIso);
}

/** The tier of a rank from tierRankBy (PostgreSQL may answer it as text). */
export function tierOfRank(rank: number | string | null): Tier {
  return tierOfPosition(Number(rank ?? 1));
}
