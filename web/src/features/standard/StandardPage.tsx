import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api';
import { useLanguage } from '../../i18n';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { StandardView } from './StandardView';
import { useUnitStandard } from './use-unit-standard';

/** `/u/:unitCode`: the public home page of a unit, its published service standard. */
export function StandardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unitCode = '' } = useParams();
  const query = useUnitStandard(unitCode);
  useDocumentTitle(query.data?.unit.name);

  // Data first: a failed background refresh keeps showing what was already loaded.
  if (query.data) {
    return <StandardView unit={query.data.unit} standard={query.data.standard[language]} />;
  }
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <PageMessage title={t('standard.notPublishedTitle')}>
          <p>{t('standard.notPublishedBody')}</p>
          <p>
            <Link to="/">{t('notFound.home')}</Link>
          </p>
        </PageMessage>
      );
    }
    return (
      <QueryErrorMessage
        title={t('errors.pageFailedTitle')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <LoadingMessage />;
}
