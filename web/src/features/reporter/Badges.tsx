import { useTranslation } from 'react-i18next';
import { slaLabelKeys, statusLabelKeys } from './labels';
import type { SlaState, TicketStatus } from '../../api';

const statusTone: Record<TicketStatus, string> = {
  new: 'info',
  in_progress: 'info',
  waiting_reporter: 'warning',
  resolved: 'success',
  closed: 'neutral',
};

const slaTone: Record<SlaState, string> = {
  on_track: 'success',
  at_risk: 'warning',
  breached: 'danger',
  paused: 'neutral',
  met: 'success',
};

/** The ticket's status as a coloured label; the text carries the meaning, not the colour. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${statusTone[status]}`}>{t(statusLabelKeys[status])}</span>;
}

/** Whether the completion target is being kept (on track, at risk, breached, paused, met). */
export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${slaTone[state]}`}>{t(slaLabelKeys[state])}</span>;
}
