import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { AdminPpeStatus } from '../availability/AdminPpeStatus';
import { canIn } from '../../auth/capabilities';
import { useConsole } from '../console-context';
import { formatDateTime } from '../format';
import { QueueCounts } from './QueueCounts';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { readFilters, writeFilters, type QueueFilters as Filters } from './queue-filters';
import { useQueue } from './use-queue';

type QueuePageProps = {
  /** The Kepala LPSE's "Pengaduan menunggu koordinasi": the queue with that filter fixed. */
  preset?: 'awaitingKepala';
};

/** `/konsol`: the queue, soonest due first, refreshed by itself. */
export function QueuePage({ preset }: QueuePageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { capabilities, unit } = useConsole();
  const [searchParams, setSearchParams] = useSearchParams();
  const title = preset ? t('console.queue.awaitingTitle') : t('console.queue.title');
  useDocumentTitle(title);
  const filters: Filters = { ...readFilters(searchParams), ...(preset ? { awaitingKepala: true } : {}) };
  const queue = useQueue(filters, unit?.code ?? null);
  const timeZone = unit?.timezone ?? 'Asia/Jakarta';
  const tickets = queue.data?.pages.flatMap((page) => page.tickets) ?? [];
  const counts = queue.data?.pages[0]?.counts;
  const onChange = (next: Filters) => {
    const { awaitingKepala: _fixed, ...rest } = next;
    setSearchParams(writeFilters(preset ? rest : next), { replace: true });
  };

  return (
    <>
      <h1>{title}</h1>
      {preset ? <p>{t('console.queue.awaitingIntro')}</p> : null}
      {unit && canIn(capabilities, 'intake', unit.code) ? <AdminPpeStatus unitCode={unit.code} /> : null}
      <QueueFilters
        key={filters.q ?? ''}
        filters={filters}
        onChange={onChange}
        hideAwaitingKepala={preset !== undefined}
      />
      {counts ? <QueueCounts counts={counts} filters={filters} /> : null}
      <p className="muted queue-help" id="queue-keyboard-help">
        {t('console.queue.keyboardHelp')}
      </p>
      {queue.isPending ? <LoadingMessage /> : null}
      {queue.isError && !queue.data ? (
        <QueryErrorMessage
          title={t('console.queue.loadFailed')}
          error={queue.error}
          onRetry={() => void queue.refetch()}
        />
      ) : null}
      {queue.data ? (
        <>
          <p className="queue-status muted" role="status">
            {t('console.queue.shown', { count: tickets.length })}
            {' · '}
            {t('console.queue.updatedAt', {
              time: formatDateTime(new Date(queue.dataUpdatedAt).toISOString(), language, timeZone),
            })}
          </p>
          {tickets.length === 0 ? (
            <p className="card">{t('console.queue.empty')}</p>
          ) : (
            <QueueList tickets={tickets} timeZone={timeZone} />
          )}
          {queue.hasNextPage ? (
            <Button
              variant="secondary"
              isBusy={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              {queue.isFetchingNextPage ? t('console.queue.loadingMore') : t('console.queue.loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
