import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchQueue } from '../console-api';
import { queueQuery, writeFilters, type QueueFilters } from './queue-filters';

/** How often an open queue asks for changes: new tickets appear without a reload. */
export const QUEUE_REFRESH_MS = 30_000;

export const consoleQueueKey = ['console', 'queue'] as const;

/**
 * The queue, page by page ("Muat lebih banyak" follows the API's cursor). It refreshes every
 * 30 seconds and whenever the window regains focus, so a helpdesk officer coming back to the
 * counter sees what arrived meanwhile.
 */
export function useQueue(filters: QueueFilters, unitCode: string | null) {
  return useInfiniteQuery({
    queryKey: [...consoleQueueKey, unitCode, writeFilters(filters).toString()],
    queryFn: ({ pageParam, signal }) => fetchQueue(queueQuery(filters, unitCode, pageParam), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: QUEUE_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}
