import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageMessage } from '../ui/PageMessage';
import { useDocumentTitle } from '../ui/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <PageMessage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </PageMessage>
  );
}
