import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where a resolved or closed ticket is rated (Survei Kepuasan Masyarakat, PermenPANRB
 * 14/2017). A reporter without an account proves it is theirs with the PIN.
 */
export function surveyPath(code: string, pin?: string): string {
  const path = `/survei/${encodeURIComponent(code)}`;
  return pin ? `${path}?pin=${encodeURIComponent(pin)}` : path;
}

export function SurveyLink({
  code,
  pin,
  isAnswered = false,
}: {
  code: string;
  pin?: string | undefined;
  isAnswered?: boolean;
}) {
  const { t } = useTranslation();
  if (isAnswered) {
    return (
      <section className="card notice" aria-labelledby="survei-judul">
        <h2 id="survei-judul">{t('portal.ticket.survey.title')}</h2>
        <p>{t('portal.ticket.survey.answered')}</p>
      </section>
    );
  }
  return (
    <section className="card notice" aria-labelledby="survei-judul">
      <h2 id="survei-judul">{t('portal.ticket.survey.title')}</h2>
      <p>{t('portal.ticket.survey.body')}</p>
      <p>
        <Link className="button button--secondary" to={surveyPath(code, pin)}>
          {t('portal.ticket.survey.link')}
        </Link>
      </p>
    </section>
  );
}
