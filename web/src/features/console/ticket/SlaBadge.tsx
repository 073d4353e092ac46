import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../../api';
import { slaKeys } from '../labels';

/** The SLA state as a word with a colour and a symbol: never colour alone (WCAG 1.4.1). */
const symbols: Record<SlaState, string> = {
  on_track: '●',
  at_risk: '▲',
  breached: '■',
  paused: '❚❚',
  met: '✓',
};

export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--sla-${state}`}>
      <span aria-hidden="true">{symbols[state]}</span> {t(slaKeys[state])}
    </span>
  );
}
