import { useTranslation } from 'react-i18next';
import { tierLabelKeys } from './labels';
import { TIERS } from '@domain/tiers/tiers';
import type { Tier } from '../../api';

/**
 * "Cek posisi": the tiers of the standard (helpdesk → Admin PPE → Helpdesk Eproc LKPP → Helpdesk
 * Teknis LKPP, Kep. Kepala LKPP 26/2022), the one
 * holding the ticket marked as the current step, in words as well as in colour.
 */
export function TierSteps({ tier, isFinished }: { tier: Tier; isFinished: boolean }) {
  const { t } = useTranslation();
  const holder = t(tierLabelKeys[tier]);
  return (
    <div className="tier-position">
      <p>
        {isFinished
          ? t('portal.ticket.position.lastHeldBy', { tier: holder })
          : t('portal.ticket.position.heldBy', { tier: holder })}
      </p>
      <ol className="tier-steps">
        {TIERS.map((step) => (
          <li
            key={step}
            className={step === tier ? 'tier-steps__step tier-steps__step--current' : 'tier-steps__step'}
            aria-current={step === tier ? 'step' : undefined}
          >
            <span>{t(tierLabelKeys[step])}</span>
            {step === tier ? (
              <span className="tier-steps__here">
                {isFinished ? t('portal.ticket.position.lastHere') : t('portal.ticket.position.here')}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
