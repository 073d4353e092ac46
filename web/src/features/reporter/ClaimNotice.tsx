import { useTranslation } from 'react-i18next';

/**
 * A phone ticket the helpdesk redirected to the portal (telephone procedure 1b.5) waits for the
 * caller to take it over by the link read out to them; until then nothing is sent from here.
 */
export function ClaimNotice() {
  const { t } = useTranslation();
  return (
    <section className="card notice" aria-labelledby="klaim-judul">
      <h2 id="klaim-judul">{t('track.claim.title')}</h2>
      <p>{t('track.claim.body')}</p>
    </section>
  );
}
