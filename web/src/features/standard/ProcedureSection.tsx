import { useTranslation } from 'react-i18next';
import type { StandardText } from '../../api';
import { StandardSection } from './StandardSection';

type ProcedureSectionProps = {
  number: number;
  procedure: StandardText['procedure'];
};

/** The sub-items a., b., c. … of the standard's numbered procedure. */
const channelLetter = (index: number): string => String.fromCharCode('a'.charCodeAt(0) + index);

/**
 * "Sistem, Mekanisme dan Prosedur": the steps per intake channel (LPSE Support, telephone,
 * walk-in), then the escalation from the Admin PPE to the LKPP-RI helpdesk.
 */
export function ProcedureSection({ number, procedure }: ProcedureSectionProps) {
  const { t } = useTranslation();
  return (
    <StandardSection number={number} id="prosedur" title={t('standard.sections.procedure')}>
      <p>{procedure.intro}</p>
      {procedure.channels.map((channel, index) => (
        <div className="channel" key={`${channel.channel}-${index}`}>
          <h3>
            {channelLetter(index)}. {channel.title}
          </h3>
          <ol className="steps">
            {channel.steps.map((step, stepIndex) => (
              <li key={stepIndex}>{step}</li>
            ))}
          </ol>
        </div>
      ))}
      <div className="channel notice">
        <h3>{t('standard.escalationTitle')}</h3>
        <p>{procedure.escalation}</p>
      </div>
    </StandardSection>
  );
}
