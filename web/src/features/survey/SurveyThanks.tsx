import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The thank-you after a response, focused so a screen reader announces it at once. */
export function SurveyThanks({ backTo }: { backTo: { path: string; label: string } }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section
      className="notice survey-thanks"
      role="status"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="survey-thanks-title"
    >
      <h1 id="survey-thanks-title">{t('survey.thanks.title')}</h1>
      <p>{t('survey.thanks.body')}</p>
      <p>
        <Link to={backTo.path}>{backTo.label}</Link>
      </p>
    </section>
  );
}
