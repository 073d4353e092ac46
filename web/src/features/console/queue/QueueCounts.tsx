import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STATUSES, TIERS } from '@domain/tickets/vocabulary';
import type { QueueCounts as Counts } from '../../../api';
import { statusKeys, tierKeys } from '../labels';
import { writeFilters, type QueueFilters } from './queue-filters';

type QueueCountsProps = { counts: Counts; filters: QueueFilters };

/**
 * Counts per status and open tickets per tier, from the API's `counts` (which ignore the
 * status and tier filters). Each count is a link that filters the queue to it.
 */
export function QueueCounts({ counts, filters }: QueueCountsProps) {
  const { t } = useTranslation();
  const link = (next: QueueFilters, isCurrent: boolean, label: string, count: number) => (
    <Link
      className="count-link"
      to={{ search: writeFilters(next).toString() }}
      aria-current={isCurrent ? 'true' : undefined}
    >
      <span className="count-link__label">{label}</span> <span className="count-link__value">{count}</span>
    </Link>
  );
  return (
    <div className="queue-counts">
      <section aria-labelledby="counts-status">
        <h2 id="counts-status" className="queue-counts__title">
          {t('console.queue.countsByStatus')}
        </h2>
        <ul className="queue-counts__list">
          {STATUSES.map((status) => (
            <li key={status}>
              {link(
                { ...filters, status: filters.status === status ? undefined : status },
                filters.status === status,
                t(statusKeys[status]),
                counts.byStatus[status] ?? 0,
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="counts-tier">
        <h2 id="counts-tier" className="queue-counts__title">
          {t('console.queue.countsByTier')}
        </h2>
        <ul className="queue-counts__list">
          {TIERS.map((tier) => (
            <li key={tier}>
              {link(
                { ...filters, tier: filters.tier === tier ? undefined : tier },
                filters.tier === tier,
                t(tierKeys[tier]),
                counts.openByTier[tier] ?? 0,
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
