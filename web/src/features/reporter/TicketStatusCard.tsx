import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { SlaBadge, StatusBadge } from './Badges';
import { formatDateTime } from '../../i18n/format';
import { TierSteps } from './TierSteps';
import { isOpen as isOpenStatus, isWaitingForReporter } from '@domain/tickets/statuses';
import type { SlaState, TicketStatus, Tier } from '../../api';

type TicketStatusCardProps = {
  status: TicketStatus;
  tier: Tier;
  createdAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  dueAt: string;
  slaState: SlaState;
  /** The unit's time zone: due times are office times. */
  timeZone: string;
};

/** Status, due time against the target, and which tier holds the ticket. */
export function TicketStatusCard({
  status,
  tier,
  createdAt,
  resolvedAt,
  closedAt,
  dueAt,
  slaState,
  timeZone,
}: TicketStatusCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = (iso: string) => formatDateTime(iso, language, timeZone);
  const isOpen = isOpenStatus(status);
  const rows = [
    { key: 'status', label: t('portal.ticket.fields.status'), value: <StatusBadge status={status} /> },
    { key: 'created', label: t('portal.ticket.fields.createdAt'), value: when(createdAt) },
    {
      key: 'due',
      label: t('portal.ticket.fields.dueAt'),
      value: (
        <>
          {when(dueAt)} <SlaBadge state={slaState} />
        </>
      ),
    },
    resolvedAt
      ? { key: 'resolved', label: t('portal.ticket.fields.resolvedAt'), value: when(resolvedAt) }
      : null,
    closedAt ? { key: 'closed', label: t('portal.ticket.fields.closedAt'), value: when(closedAt) } : null,
  ].filter((row) => row !== null);

  return (
    <section className="card" aria-labelledby="status-judul">
      <h2 id="status-judul">{t('portal.ticket.statusTitle')}</h2>
      {isWaitingForReporter(status) ? <p className="notice">{t('portal.ticket.waitingForYou')}</p> : null}
      <dl className="details">
        {rows.map((row) => (
          <div key={row.key} className="details__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('portal.ticket.position.title')}</h3>
      <TierSteps tier={tier} isFinished={!isOpen} />
    </section>
  );
}
