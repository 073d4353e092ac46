import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { isDeploymentAdmin, type Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { STATUSES, TIERS, type Channel, type Kind, type Status, type Tier } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/schema.js';
import type { TicketRow } from './tickets.repository.js';

export type TicketFilters = Readonly<{
  unitCode?: string | undefined;
  status?: Status | undefined;
  tier?: Tier | undefined;
  channel?: Channel | undefined;
  kind?: Kind | undefined;
  categoryCode?: string | undefined;
  assigneeId?: string | undefined;
  q?: string | undefined;
  unopened?: boolean | undefined;
  awaitingKepala?: boolean | undefined;
}>;

type Eb = ExpressionBuilder<Database, 'tickets'>;

/**
 * Which tickets an actor may list: their own as a reporter; their units' as staff (without
 * confidential ones where they are only an administrator); those escalated to LKPP-RI in
 * hosted mode for LKPP staff.
 */
function visibleTo(actor: Actor) {
  return (eb: Eb) => {
    const handling = [...new Set(actor.roles.filter((g) => g.unitKind === 'lpse' && g.role !== 'admin').map((g) => g.unitCode))];
    const adminOnly = [...new Set(actor.roles.filter((g) => g.unitKind === 'lpse' && g.role === 'admin').map((g) => g.unitCode))].filter((u) => !handling.includes(u));
    const ors = [eb('tickets.reporter_user_id', '=', actor.userId)];
    if (handling.length > 0) ors.push(eb('tickets.unit_code', 'in', handling));
    if (isDeploymentAdmin(actor)) ors.push(eb('tickets.confidential', '=', 0));
    else if (adminOnly.length > 0) ors.push(eb.and([eb('tickets.unit_code', 'in', adminOnly), eb('tickets.confidential', '=', 0)]));
    if (actor.roles.some((g) => g.role === 'lkpp' && g.unitKind === 'national')) {
      ors.push(eb.and([eb('tickets.reached_lkpp', '=', 1), eb('tickets.lkpp_mode', '=', 'hosted'), eb('tickets.confidential', '=', 0)]));
    }
    return eb.or(ors);
  };
}

function applyFilters<O>(query: SelectQueryBuilder<Database, 'tickets', O>, f: TicketFilters): SelectQueryBuilder<Database, 'tickets', O> {
  let q = query;
  if (f.unitCode) q = q.where('tickets.unit_code', '=', f.unitCode);
  if (f.status) q = q.where('tickets.status', '=', f.status);
  if (f.tier) q = q.where('tickets.tier', '=', f.tier);
  if (f.channel) q = q.where('tickets.channel', '=', f.channel);
  if (f.kind) q = q.where('tickets.kind', '=', f.kind);
  if (f.categoryCode) q = q.where('tickets.category_code', '=', f.categoryCode);
  if (f.assigneeId) q = q.where('tickets.assignee_id', '=', f.assigneeId);
  if (f.unopened) q = q.where('tickets.first_opened_at', 'is', null);
  if (f.awaitingKepala) q = q.where('tickets.kind', '=', 'complaint').where('tickets.coordination_noted_at', 'is', null).where('tickets.status', '!=', 'closed');
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(lower(tickets.subject) like ${like} escape '\\' or lower(tickets.description) like ${like} escape '\\' or lower(tickets.code) like ${like} escape '\\')`);
  }
  return q;
}

type Cursor = { createdAt: string; id: string };

export function encodeCursor(row: Pick<TicketRow, 'created_at' | 'id'>): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through
  }
  throw new DomainError('validation_failed', {}, [{ field: 'cursor', code: 'invalid' }]);
}

/** One page of the queue, newest first, by keyset (no OFFSET). */
export async function listTickets(ctx: AppContext, actor: Actor, filters: TicketFilters, page: { cursor?: string | undefined; limit: number }) {
  let query = applyFilters(ctx.db.selectFrom('tickets').selectAll('tickets').where(visibleTo(actor)), filters);
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    query = query.where((eb) => eb.or([eb('tickets.created_at', '<', c.createdAt), eb.and([eb('tickets.created_at', '=', c.createdAt), eb('tickets.id', '<', c.id)])]));
  }
  const rows = await query.orderBy('tickets.created_at', 'desc').orderBy('tickets.id', 'desc').limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(last) : null };
}

/** Counts per status and, for open tickets, per tier, for the queue headers. */
export async function countTickets(ctx: AppContext, actor: Actor, filters: TicketFilters) {
  const { status: _s, tier: _t, ...rest } = filters;
  const rows = await applyFilters(ctx.db.selectFrom('tickets').where(visibleTo(actor)), rest)
    .select(['tickets.status', 'tickets.tier', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['tickets.status', 'tickets.tier'])
    .execute();
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const r of rows) {
    byStatus[r.status as Status] += Number(r.n);
    if (r.status !== 'resolved' && r.status !== 'closed') byTier[r.tier as Tier] += Number(r.n);
  }
  return { byStatus, openByTier: byTier };
}
