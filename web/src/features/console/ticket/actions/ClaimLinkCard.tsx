import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../CopyButton';

/** The link the redirected caller uses to take the ticket over, to read out or send; shown once. */
export function ClaimLinkCard({ claimUrl }: { claimUrl: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [claimUrl]);
  return (
    <section className="card claim-link" aria-labelledby="claim-link-title">
      <h2 id="claim-link-title" tabIndex={-1} ref={headingRef}>
        {t('console.actions.redirect.linkTitle')}
      </h2>
      <p>{t('console.actions.redirect.linkHint')}</p>
      <p className="secret secret--link" data-testid="claim-url">
        {claimUrl}
      </p>
      <CopyButton text={claimUrl} />
    </section>
  );
}
