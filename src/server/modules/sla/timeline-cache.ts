import type { SlaTimelineEntry } from '../../../domain/sla/index.js';
import { PerDatabase } from '../../db/cache-scope.js';
import type { Db } from '../../db/connect.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';

/** How many tickets' timelines a database keeps: a few megabytes at most. */
export const TIMELINE_CACHE_SIZE = 20_000;

/**
 * Tickets' SLA timelines (the state after each event of their history), kept by ticket,
 * version and last change. A history only grows and every event bumps the ticket's version,
 * so a timeline read for a version stays that version's timeline; the time of the last change
 * is in the key too, so that a version taken again after a failed commit is never mistaken
 * for the one rolled back. Queue pages are asked for again and again (every open console
 * refreshes its queue), and their tickets' histories are then read once, not on every page.
 */
type Key = Pick<TicketRow, 'id' | 'version' | 'updated_at'>;

const timelines = new PerDatabase<readonly SlaTimelineEntry[]>();

const keyOf = (t: Key) => `${t.id}|${t.version}|${t.updated_at}`;

export function cachedTimeline(db: Db, ticket: Key): readonly SlaTimelineEntry[] | undefined {
  return timelines.of(db).get(keyOf(ticket));
}

/** Keeps a timeline; the oldest kept go first once the cache is full. */
export function rememberTimeline(db: Db, ticket: Key, timeline: readonly SlaTimelineEntry[]): void {
  const cache = timelines.of(db);
  cache.set(keyOf(ticket), timeline);
  if (cache.size > TIMELINE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}
