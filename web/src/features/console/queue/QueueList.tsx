import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import type { QueueTicket } from '../../../api';
import { formatDateTime } from '../format';
import { channelKeys, kindKeys, statusKeys, tierKeys } from '../labels';
import { SlaBadge } from '../ticket/SlaBadge';
import { ticketPath } from '../paths';
import { useRowKeyboard } from './use-row-keyboard';

type QueueListProps = { tickets: readonly QueueTicket[]; timeZone: string };

function QueueRow({ ticket, timeZone }: { ticket: QueueTicket; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reporter = ticket.anonymous
    ? t('console.queue.anonymousReporter')
    : (ticket.reporter.name ?? t('console.queue.anonymousReporter'));
  return (
    <li className={ticket.isUnopened ? 'queue-row queue-row--unopened' : 'queue-row'}>
      <div className="queue-row__head">
        <Link className="queue-row__link" to={ticketPath(ticket.code)} data-row-link>
          <span className="queue-row__code">{ticket.code}</span>{' '}
          <span className="queue-row__subject">{ticket.subject}</span>
        </Link>
        {ticket.isUnopened ? (
          <span className="badge badge--new">{t('console.queue.unopenedTag')}</span>
        ) : null}
      </div>
      <p className="queue-row__meta">
        <span className={`badge badge--status-${ticket.status}`}>{t(statusKeys[ticket.status])}</span>
        <span>{t(tierKeys[ticket.tier])}</span>
        <span>{t(channelKeys[ticket.channel])}</span>
        <span>{t(kindKeys[ticket.kind])}</span>
        <span>{reporter}</span>
        {ticket.assignee ? (
          <span>{t('console.queue.assignedTo', { name: ticket.assignee.name })}</span>
        ) : null}
      </p>
      <p className="queue-row__sla">
        <SlaBadge state={ticket.sla.state} />{' '}
        <span>{t('console.queue.due', { time: formatDateTime(ticket.sla.dueAt, language, timeZone) })}</span>
      </p>
    </li>
  );
}

/** The tickets as a keyboard-navigable list; unopened ones stand out (a tag, a bar, bold). */
export function QueueList({ tickets, timeZone }: QueueListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  useRowKeyboard(listRef);
  return (
    <ol
      className="queue-list"
      ref={listRef}
      aria-label={t('console.queue.listLabel')}
      aria-describedby="queue-keyboard-help"
    >
      {tickets.map((ticket) => (
        <QueueRow key={ticket.code} ticket={ticket} timeZone={timeZone} />
      ))}
    </ol>
  );
}
