import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { firstLpse, unitPath, useUnits } from '../features/units/use-units';
import { LoadingMessage } from '../ui/LoadingMessage';
import { PageMessage } from '../ui/PageMessage';
import { QueryErrorMessage } from '../ui/QueryErrorMessage';
import { keepFocusState } from '../ui/use-focus-on-navigate';
import { useDocumentTitle } from '../ui/use-document-title';

/** `/`: sends the visitor to the first LPSE's service standard. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  const units = useUnits();

  if (units.data) {
    const unit = firstLpse(units.data);
    if (unit) return <Navigate to={unitPath(unit.code)} replace state={keepFocusState} />;
    return (
      <PageMessage title={t('home.noUnitTitle')}>
        <p>{t('home.noUnitBody')}</p>
      </PageMessage>
    );
  }
  if (units.isError) {
    return (
      <QueryErrorMessage
        title={t('errors.pageFailedTitle')}
        error={units.error}
        onRetry={() => void units.refetch()}
      />
    );
  }
  return <LoadingMessage />;
}
