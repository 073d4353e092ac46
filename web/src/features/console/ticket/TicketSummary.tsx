import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import type { Ticket } from '../../../api';
import { formatDate, formatDateTime } from '../format';
import { channelKeys, kindKeys, labelOf, statusKeys, tierKeys, typeKeys } from '../labels';
import { useCategories, useCategoryName } from '../use-categories';
import { SlaBadge } from './SlaBadge';
import { useDuration } from './SlaClock';

type Row = [label: string, value: ReactNode];

function useDetailRows(ticket: Ticket, timeZone: string): Row[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const categories = useCategories(ticket.unitCode, true);
  const categoryName = useCategoryName();
  const category = categories.data?.find((c) => c.code === ticket.categoryCode);
  const optional = (label: string, value: string | null | undefined): Row[] =>
    value ? [[label, value]] : [];
  return [
    [t('console.ticket.status'), t(statusKeys[ticket.status])],
    [t('console.ticket.tier'), t(tierKeys[ticket.tier])],
    [t('console.ticket.channel'), t(channelKeys[ticket.channel])],
    ...(ticket.originChannel !== ticket.channel
      ? [[t('console.ticket.originChannel'), t(channelKeys[ticket.originChannel])] as Row]
      : []),
    [t('console.ticket.kind'), t(kindKeys[ticket.kind])],
    [t('console.ticket.type'), labelOf(t, typeKeys, ticket.type)],
    ...optional(t('console.ticket.category'), category ? categoryName(category) : ticket.categoryCode),
    ...optional(t('console.ticket.application'), ticket.application),
    ...optional(t('console.ticket.errorCode'), ticket.errorCode),
    ...optional(t('console.ticket.tenderCode'), ticket.tenderCode),
    ...optional(t('console.ticket.purpose'), ticket.purpose),
    ...optional(t('console.ticket.earlierCode'), ticket.earlierTicketCode),
    ...optional(
      t('console.ticket.boxOpenedOn'),
      ticket.boxOpenedOn ? formatDate(ticket.boxOpenedOn, language) : null,
    ),
    [t('console.ticket.createdAt'), formatDateTime(ticket.createdAt, language, timeZone)],
    [t('console.ticket.assignee'), ticket.assignee?.name ?? t('console.ticket.unassigned')],
    ...(ticket.atNationalDesk
      ? [
          [
            t('console.ticket.lkppMode'),
            ticket.lkppMode === 'hosted' ? t('console.ticket.lkppHosted') : t('console.ticket.lkppExternal'),
          ] as Row,
        ]
      : []),
    ...optional(t('console.ticket.lkppReference'), ticket.lkppReference),
  ];
}

function ReporterDetails({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const r = ticket.reporter;
  if (ticket.anonymous && !r.name) return <p>{t('console.ticket.reporterAnonymous')}</p>;
  const lines = [r.name, r.organization, r.phone, r.email, r.address].filter((line): line is string =>
    Boolean(line),
  );
  return (
    <>
      <address className="reporter">
        {lines.map((line, index) => (
          <span key={index} className="reporter__line">
            {line}
          </span>
        ))}
      </address>
      {r.hasAccount ? <p className="muted">{t('console.ticket.reporterHasAccount')}</p> : null}
      {r.masked ? <p className="muted">{t('console.ticket.reporterMasked')}</p> : null}
    </>
  );
}

/** The ticket's header and facts: what it is, who reported it, where it stands. */
export function TicketSummary({ ticket, timeZone }: { ticket: Ticket; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const duration = useDuration();
  const rows = useDetailRows(ticket, timeZone);
  const at = (iso: string) => formatDateTime(iso, language, timeZone);
  return (
    <>
      <header className="ticket-header">
        <p className="ticket-header__code">{ticket.code}</p>
        <h1>{ticket.subject}</h1>
        <p className="ticket-header__badges">
          <span className={`badge badge--status-${ticket.status}`}>{t(statusKeys[ticket.status])}</span>
          <span className="badge">{t(tierKeys[ticket.tier])}</span>
          <SlaBadge state={ticket.sla.state} />
        </p>
      </header>
      {ticket.awaitingClaim ? <p className="notice">{t('console.ticket.awaitingClaim')}</p> : null}
      {ticket.isUnopened ? <p className="notice">{t('console.ticket.unopened')}</p> : null}
      {ticket.confidential ? (
        <p className="notice notice--warning">{t('console.ticket.confidential')}</p>
      ) : null}
      {ticket.extensionPendingMinutes !== null ? (
        <p className="notice">
          {t('console.ticket.extensionPending', { duration: duration(ticket.extensionPendingMinutes) })}
        </p>
      ) : null}
      {ticket.coordination ? (
        <section
          className={ticket.coordination.notedAt ? 'notice' : 'notice notice--warning'}
          aria-labelledby="coordination-title"
        >
          <h2 id="coordination-title" className="notice__title">
            {t('console.ticket.coordinationTitle')}
          </h2>
          <p>
            {ticket.coordination.kepalaInformedAt
              ? t('console.ticket.kepalaInformed', { time: at(ticket.coordination.kepalaInformedAt) })
              : t('console.ticket.kepalaNotInformed')}
          </p>
          <p>
            {ticket.coordination.notedAt
              ? t('console.ticket.coordinationNoted', { time: at(ticket.coordination.notedAt) })
              : t('console.ticket.coordinationMissing')}
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="description-title">
        <h2 id="description-title">{t('console.ticket.description')}</h2>
        <p className="message__body">{ticket.description}</p>
      </section>
      <div className="ticket-facts">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">{t('console.ticket.details')}</h2>
          <dl className="details details--compact">
            {rows.map(([label, value]) => (
              <div key={label} className="details__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="card" aria-labelledby="reporter-title">
          <h2 id="reporter-title">{t('console.ticket.reporter')}</h2>
          <ReporterDetails ticket={ticket} />
        </section>
      </div>
    </>
  );
}
