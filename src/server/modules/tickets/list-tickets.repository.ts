import { isOpen, OPEN_STATUSES } from '../../../domain/tickets/statuses.js';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { isDeploymentAdmin, type Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { reachedTiersSeenBy } from '../../../domain/tickets/parties.js';
import {
  STATUSES,
  TIERS,
  type Channel,
  type Kind,
  type Status,
  type Tier,
} from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { prepared } from '../../db/prepared.js';
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
  /** Only tickets still being worked on (new, in progress, waiting for the reporter). */
  openOnly?: boolean | undefined;
}>;

type Eb = ExpressionBuilder<Database, 'tickets'>;

/** The LPSE units whose every ticket the actor handles (any staff role there but administrator). */
function handledUnits(actor: Actor): string[] {
  return [
    ...new Set(actor.roles.filter((g) => g.unitKind === 'lpse' && g.role !== 'admin').map((g) => g.unitCode)),
  ];
}

function handles(actor: Actor, unitCode: string): boolean {
  return handledUnits(actor).includes(unitCode);
}

/**
 * Which tickets an actor may list: their own as a reporter; their units' as staff (without
 * confidential ones where they are only an administrator); for national staff (Helpdesk Eproc,
 * Helpdesk Teknis LKPP), those that reached their tier in hosted mode.
 */
function visibleTo(actor: Actor, unitFilter?: string) {
  return (eb: Eb) => {
    const handling = handledUnits(actor);
    // Staff looking at a unit they handle see all of it: the filter alone says which rows, so
    // the query can walk the unit's indexes instead of an OR.
    if (unitFilter !== undefined && handling.includes(unitFilter)) return sql<boolean>`1 = 1`;
    const adminOnly = [
      ...new Set(
        actor.roles.filter((g) => g.unitKind === 'lpse' && g.role === 'admin').map((g) => g.unitCode),
      ),
    ].filter((u) => !handling.includes(u));
    const ors = [eb('tickets.reporter_user_id', '=', actor.userId)];
    if (handling.length > 0) ors.push(eb('tickets.unit_code', 'in', handling));
    if (isDeploymentAdmin(actor)) ors.push(eb('tickets.confidential', '=', 0));
    else if (adminOnly.length > 0)
      ors.push(eb.and([eb('tickets.unit_code', 'in', adminOnly), eb('tickets.confidential', '=', 0)]));
    const reachedTiers = reachedTiersSeenBy(actor);
    if (reachedTiers.length > 0) {
      ors.push(
        eb.and([
          eb('tickets.reached_tier', 'in', reachedTiers),
          eb('tickets.lkpp_mode', '=', 'hosted'),
          eb('tickets.confidential', '=', 0),
        ]),
      );
    }
    return eb.or(ors);
  };
}

function applyFilters<O>(
  query: SelectQueryBuilder<Database, 'tickets', O>,
  f: TicketFilters,
): SelectQueryBuilder<Database, 'tickets', O> {
  let q = query;
  if (f.unitCode) q = q.where('tickets.unit_code', '=', f.unitCode);
  if (f.status) q = q.where('tickets.status', '=', f.status);
  // Written out as literals, as the open-queue index's condition is, so the database can see
  // the query implies it (a bound parameter would hide that from SQLite's planner).
  else if (f.openOnly)
    q = q.where(
      'tickets.status',
      'in',
      OPEN_STATUSES.map((s) => sql.lit(s)),
    );
  if (f.tier) q = q.where('tickets.tier', '=', f.tier);
  if (f.channel) q = q.where('tickets.channel', '=', f.channel);
  if (f.kind) q = q.where('tickets.kind', '=', f.kind);
  if (f.categoryCode) q = q.where('tickets.category_code', '=', f.categoryCode);
  if (f.assigneeId) q = q.where('tickets.assignee_id', '=', f.assigneeId);
  if (f.unopened) q = q.where('tickets.first_opened_at', 'is', null);
  if (f.awaitingKepala)
    q = q
      .where('tickets.kind', '=', 'complaint')
      .where('tickets.coordination_noted_at', 'is', null)
      .where('tickets.status', '!=', 'closed');
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(
      sql<boolean>`(lower(tickets.subject) like ${like} escape '\\' or lower(tickets.description) like ${like} escape '\\' or lower(tickets.code) like ${like} escape '\\')`,
    );
  }
  return q;
}

/** The columns a list shows, decides access by, and pages by: not the description nor the contact details. */
export const LIST_COLUMNS = [
  'id',
  'code',
  'unit_code',
  'kind',
  'type',
  'channel',
  'tier',
  'status',
  'category_code',
  'subject',
  'reporter_user_id',
  'reporter_name',
  'reporter_organization',
  'logged_by_id',
  'confidential',
  'anonymous',
  'assignee_id',
  'lkpp_mode',
  'reached_tier',
  'resolved_tier',
  'awaiting_claim',
  'difficulty',
  'kepala_informed_at',
  'coordination_noted_at',
  'first_opened_at',
  'first_response_at',
  'extension_minutes',
  'extension_pending_minutes',
  'created_at',
  'updated_at',
  'version',
  'due_at',
] as const satisfies ReadonlyArray<keyof TicketRow>;
export type ListRow = Pick<TicketRow, (typeof LIST_COLUMNS)[number]>;

const listSelect = (db: Db) =>
  db.selectFrom('tickets').select(LIST_COLUMNS.map((c) => `tickets.${c}` as const));
// Built once per database (Kysely's builders are immutable): parsing the 32 column names
// was a few per cent of a page's time.
const listSelects = new WeakMap<Db, ReturnType<typeof listSelect>>();

function listBase(db: Db): ReturnType<typeof listSelect> {
  let base = listSelects.get(db);
  if (!base) {
    base = listSelect(db);
    listSelects.set(db, base);
  }
  return base;
}

/** `due`: soonest due first (the staff default); `created`: newest first. */
export const SORTS = ['due', 'created'] as const;
export type Sort = (typeof SORTS)[number];

type Cursor = { sort: Sort; key: string; id: string };

function sortKey(row: Pick<TicketRow, 'created_at' | 'due_at'>, sort: Sort): string {
  return sort === 'due' ? (row.due_at ?? '') : row.created_at;
}

export function encodeCursor(row: Pick<TicketRow, 'created_at' | 'due_at' | 'id'>, sort: Sort): string {
  return Buffer.from(JSON.stringify([sort, sortKey(row, sort), row.id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: Sort): Cursor {
  try {
    const [s, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (s === sort && typeof key === 'string' && typeof id === 'string') return { sort, key, id };
  } catch {
    // fall through to the error below
  }
  throw new DomainError('validation_failed', {}, [{ field: 'cursor', code: 'invalid' }]);
}

type PageRequest = { cursor?: string | undefined; limit: number; sort: Sort };

/** The query of one page (one row more than the page, to tell whether another follows). */
export function pageQuery(ctx: AppContext, actor: Actor, filters: TicketFilters, page: PageRequest) {
  const cursor = page.cursor ? decodeCursor(page.cursor, page.sort) : null;
  return paged(
    applyFilters(listBase(ctx.db).where(visibleTo(actor, filters.unitCode)), filters),
    page.sort,
    cursor,
    page.limit + 1,
  );
}

/** Orders a list by the sort and its tie-breaker, from after the cursor, `rows` at most. */
function paged<O>(
  query: SelectQueryBuilder<Database, 'tickets', O>,
  sort: Sort,
  cursor: Readonly<{ key: string; id: string }> | null,
  rows: number,
) {
  const column = sort === 'due' ? 'tickets.due_at' : 'tickets.created_at';
  const direction = sort === 'due' ? 'asc' : 'desc';
  const after = direction === 'asc' ? '>' : '<';
  // A row-value comparison, so the index is entered at the cursor rather than walked to it
  // from the first page: a deep page costs what the first one does.
  const from = cursor
    ? query.where((eb) => eb(eb.refTuple(column, 'tickets.id'), after, eb.tuple(cursor.key, cursor.id)))
    : query;
  return from.orderBy(column, direction).orderBy('tickets.id', direction).limit(rows);
}

type UnitPageArgs = { unitCode: string; rows: number; key: string; id: string };

/**
 * A unit's queue as its own staff open it, open tickets or all, with no other filter: the
 * console's every refresh. The same query as `pageQuery` builds, compiled once per database
 * for each sort, with and without a cursor (building it was a tenth of a page's time).
 */
const unitPages = new Map(
  SORTS.flatMap((sort) =>
    [true, false].flatMap((openOnly) =>
      [true, false].map(
        (withCursor) =>
          [
            `${sort}|${openOnly}|${withCursor}`,
            prepared((db, args: UnitPageArgs) =>
              paged(
                applyFilters(listBase(db), { unitCode: args.unitCode, openOnly }),
                sort,
                withCursor ? { key: args.key, id: args.id } : null,
                args.rows,
              ),
            ),
          ] as const,
      ),
    ),
  ),
);

/** The unit's whole queue, seen by staff who handle the unit, narrowed by nothing but open or not. */
function isUnitQueue(actor: Actor, filters: TicketFilters): filters is TicketFilters & { unitCode: string } {
  const { unitCode, openOnly: _open, ...narrowing } = filters;
  return (
    unitCode !== undefined &&
    handles(actor, unitCode) &&
    !Object.values(narrowing).some((v) => v !== undefined && v !== false && v !== '')
  );
}

function pageRows(
  ctx: AppContext,
  actor: Actor,
  filters: TicketFilters,
  page: PageRequest,
): Promise<ListRow[]> {
  if (!isUnitQueue(actor, filters)) return pageQuery(ctx, actor, filters, page).execute();
  const cursor = page.cursor ? decodeCursor(page.cursor, page.sort) : null;
  const query = unitPages.get(`${page.sort}|${filters.openOnly === true}|${cursor !== null}`);
  if (!query) throw new Error(`no unit queue query for ${page.sort}`);
  return query(ctx.db, {
    unitCode: filters.unitCode,
    rows: page.limit + 1,
    key: cursor?.key ?? '',
    id: cursor?.id ?? '',
  });
}

/** One page of the queue by keyset (no OFFSET): soonest due first, or newest first. */
export async function listTickets(ctx: AppContext, actor: Actor, filters: TicketFilters, page: PageRequest) {
  const rows = await pageRows(ctx, actor, filters, page);
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(last, page.sort) : null };
}

const keptCounts = prepared((db, args: { unitCode: string }) =>
  db.selectFrom('ticket_counts').select(['status', 'tier', 'n']).where('unit_code', '=', args.unitCode),
);

/** Counts per status and, for open tickets, per tier, for the queue headers. */
export async function countTickets(ctx: AppContext, actor: Actor, filters: TicketFilters) {
  const { status: _s, tier: _t, openOnly: _o, unitCode, ...narrowing } = filters;
  const rows =
    unitCode !== undefined && isUnitQueue(actor, { unitCode, ...narrowing })
      ? // Staff looking at their whole unit: the kept counts, a few rows however many tickets it holds.
        await keptCounts(ctx.db, { unitCode })
      : await applyFilters(ctx.db.selectFrom('tickets').where(visibleTo(actor, unitCode)), {
          unitCode,
          ...narrowing,
        })
          .select(['tickets.status', 'tickets.tier', (eb) => eb.fn.countAll<number | string>().as('n')])
          .groupBy(['tickets.status', 'tickets.tier'])
          .execute();
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const r of rows) {
    byStatus[r.status as Status] += Number(r.n);
    if (isOpen(r.status as Status)) byTier[r.tier as Tier] += Number(r.n);
  }
  return { byStatus, openByTier: byTier };
}
