import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { Button } from '../../ui/Button';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SlaBadge, StatusBadge } from '../reporter/Badges';
import { formatShortDate } from '../../i18n/format';
import { tierLabelKeys } from '../reporter/labels';
import { isOpen as isOpenStatus } from '@domain/tickets/statuses';
import type { QueueTicket as TicketListItem } from '../../api';
import { useUnitTimeZone } from '../reporter/use-unit-time-zone';
import { RequireSignIn } from './RequireSignIn';
import { useMyTickets } from './use-portal-tickets';

/** `/tiket`: "Tiket saya", the signed-in user's tickets, newest first. */
export function MyTicketsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.list.title'));
  return <RequireSignIn>{() => <MyTickets />}</RequireSignIn>;
}

function MyTickets() {
  const { t } = useTranslation();
  const tickets = useMyTickets();
  const all = tickets.data?.pages.flatMap((page) => page.tickets) ?? [];

  return (
    <>
      <div className="page-title">
        <h1>{t('portal.list.title')}</h1>
        <Link className="button button--primary" to="/tiket/baru">
          {t('portal.list.new')}
        </Link>
      </div>
      {tickets.isPending ? <LoadingMessage /> : null}
      {tickets.isError && all.length === 0 ? (
        <QueryErrorMessage
          title={t('portal.list.title')}
          error={tickets.error}
          onRetry={() => void tickets.refetch()}
        />
      ) : null}
      {tickets.isSuccess && all.length === 0 ? <p className="notice">{t('portal.list.empty')}</p> : null}
      {all.length > 0 ? (
        <ul className="ticket-list">
          {all.map((ticket) => (
            <TicketRow key={ticket.code} ticket={ticket} />
          ))}
        </ul>
      ) : null}
      {tickets.hasNextPage ? (
        <Button
          variant="secondary"
          isBusy={tickets.isFetchingNextPage}
          onClick={() => void tickets.fetchNextPage()}
        >
          {tickets.isFetchingNextPage ? t('app.loading') : t('portal.list.more')}
        </Button>
      ) : null}
    </>
  );
}

function TicketRow({ ticket }: { ticket: TicketListItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useUnitTimeZone(ticket.unitCode);
  return (
    <li className="card ticket-row">
      <h2 className="ticket-row__title">
        <Link to={`/tiket/${encodeURIComponent(ticket.code)}`}>
          <span className="ticket-heading__code">{ticket.code}</span> {ticket.subject}
        </Link>
      </h2>
      <p className="ticket-row__meta">
        <StatusBadge status={ticket.status} />
        {isOpenStatus(ticket.status) ? <SlaBadge state={ticket.sla.state} /> : null}
      </p>
      <dl className="ticket-row__facts">
        <div>
          <dt>{t('portal.ticket.position.title')}</dt>
          <dd>{t(tierLabelKeys[ticket.tier])}</dd>
        </div>
        <div>
          <dt>{t('portal.ticket.fields.createdAt')}</dt>
          <dd>{formatShortDate(ticket.createdAt, language, timeZone)}</dd>
        </div>
        {isOpenStatus(ticket.status) ? (
          <div>
            <dt>{t('portal.ticket.fields.dueAt')}</dt>
            <dd>{formatShortDate(ticket.sla.dueAt, language, timeZone)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
