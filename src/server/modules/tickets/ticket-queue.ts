import type { Actor } from '../../../domain/accounts/roles.js';
import type { Channel, Kind, Status, Tier } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import { slaOfTickets } from '../sla/ticket-sla.js';
import { countTickets, listTickets, type Sort } from './list-tickets.repository.js';
import { presentListItem } from './tickets.presenter.js';
import { userNames } from './tickets.repository.js';

/** The queue's query as the API takes it (`GET /api/tickets`). */
export type QueueQuery = Readonly<{
  unitCode?: string | undefined;
  status?: Status | undefined;
  tier?: Tier | undefined;
  channel?: Channel | undefined;
  kind?: Kind | undefined;
  category?: string | undefined;
  assignee?: string | undefined;
  q?: string | undefined;
  unopened?: 'true' | 'false' | undefined;
  awaitingKepala?: 'true' | 'false' | undefined;
  sort?: Sort | undefined;
  open?: 'true' | 'false' | undefined;
  cursor?: string | undefined;
  limit: number;
}>;

/**
 * One page of the tickets an actor may see: staff's queue soonest due first (open tickets
 * only, unless asked), a reporter's own tickets newest first; each with its SLA and assignee.
 */
export async function queuePage(ctx: AppContext, actor: Actor, q: QueueQuery) {
  const sort = q.sort ?? (actor.roles.length > 0 ? 'due' : 'created');
  const openOnly = q.open ? q.open === 'true' : sort === 'due';
  const filters = {
    unitCode: q.unitCode,
    status: q.status,
    tier: q.tier,
    channel: q.channel,
    kind: q.kind,
    categoryCode: q.category,
    assigneeId: q.assignee,
    q: q.q,
    unopened: q.unopened === 'true',
    awaitingKepala: q.awaitingKepala === 'true',
    openOnly,
  };
  // Counts head the first page; later pages leave them out, so paging deeper costs only the
  // page. A text search shows what matches, uncounted: counting would read every ticket.
  const counted = !q.cursor && !q.q;
  const [page, counts] = await Promise.all([
    listTickets(ctx, actor, filters, { cursor: q.cursor, limit: q.limit, sort }),
    counted ? countTickets(ctx, actor, filters) : null,
  ]);
  const names = await userNames(
    ctx.db,
    page.items.map((r) => r.assignee_id),
  );
  const slas = await slaOfTickets(ctx.db, page.items, ctx.clock.now());
  const tickets = page.items.map((row) => presentListItem(row, actor, names, slas.get(row.id)!));
  return { tickets, nextCursor: page.nextCursor, counts };
}
