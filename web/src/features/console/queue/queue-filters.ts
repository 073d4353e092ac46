import { CHANNELS, KINDS, STATUSES, TIERS } from '@domain/tickets/vocabulary';
import type { Channel, TicketKind as Kind, QueryOf, TicketStatus as Status, Tier } from '../../../api';

/** The queue's filters, kept in the page address so a filtered view can be bookmarked or shared. */
export type QueueFilters = {
  status?: Status;
  tier?: Tier;
  channel?: Channel;
  kind?: Kind;
  category?: string;
  assignee?: string;
  q?: string;
  unopened?: boolean;
  awaitingKepala?: boolean;
  sort?: 'due' | 'created';
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const text = (value: string | null, max: number): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** Reads the filters from the address, ignoring what is not a known value. */
export function readFilters(params: URLSearchParams): QueueFilters {
  const filters: QueueFilters = {};
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K] | undefined) => {
    if (value !== undefined) filters[key] = value;
  };
  set('status', oneOf(STATUSES, params.get('status')));
  set('tier', oneOf(TIERS, params.get('tier')));
  set('channel', oneOf(CHANNELS, params.get('channel')));
  set('kind', oneOf(KINDS, params.get('kind')));
  set('category', text(params.get('category'), 64));
  set('assignee', text(params.get('assignee'), 64));
  set('q', text(params.get('q'), 200));
  if (params.get('unopened') === 'true') filters.unopened = true;
  if (params.get('awaitingKepala') === 'true') filters.awaitingKepala = true;
  set('sort', oneOf(['due', 'created'] as const, params.get('sort')));
  return filters;
}

/** Writes the filters back to an address query, leaving out what is not set. */
export function writeFilters(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === false || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}

/**
 * The `GET /api/tickets` query for a page of the queue: the filters, the unit, the cursor.
 * A search shorter than the API's two characters is left out rather than refused.
 */
export function queueQuery(
  filters: QueueFilters,
  unitCode: string | null,
  cursor: string | null,
  limit = 25,
): QueryOf<'/api/tickets', 'get'> {
  const { q, unopened, awaitingKepala, category, assignee, ...choices } = filters;
  return {
    ...choices,
    ...(category ? { category } : {}),
    ...(assignee ? { assignee } : {}),
    ...(unopened ? { unopened: 'true' } : {}),
    ...(awaitingKepala ? { awaitingKepala: 'true' } : {}),
    ...(q && q.length >= 2 ? { q } : {}),
    ...(unitCode ? { unitCode } : {}),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

export function hasAnyFilter(filters: QueueFilters): boolean {
  const { sort: _sort, ...rest } = filters;
  return Object.values(rest).some((value) => value !== undefined && value !== false);
}

/**
 * The tiers the tier filter offers: all of them at an LPSE unit; national staff (no LPSE unit)
 * see tickets once they reached their desk, so from their lowest desk up. A desk's role has
 * the tier's name (src/domain/tiers/tiers.ts).
 */
export function tierFilterOptions(roles: readonly string[], atLpseUnit: boolean): readonly Tier[] {
  if (atLpseUnit) return TIERS;
  const lowest = TIERS.findIndex((tier) => roles.includes(tier));
  return lowest < 0 ? TIERS : TIERS.slice(lowest);
}
