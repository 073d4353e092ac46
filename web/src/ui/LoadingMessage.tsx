import { useTranslation } from 'react-i18next';

/** A polite "Loading…" for screen readers and sighted users alike. */
export function LoadingMessage() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}
