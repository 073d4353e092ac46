import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Button } from '../ui/Button';
import { PageMessage } from '../ui/PageMessage';

/**
 * A page that threw while rendering, or whose code could not be downloaded (typically
 * after a redeploy removed the old chunk): offer a reload rather than a blank screen.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <PageMessage title={t('errors.pageFailedTitle')} tone="error">
      <p>{t('errors.pageFailedBody')}</p>
      <p>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </p>
    </PageMessage>
  );
}

/** The same, when the frame itself failed: it brings its own <main>. */
export function RootErrorPage() {
  return (
    <main id="main" className="container page">
      <RouteErrorPage />
    </main>
  );
}
