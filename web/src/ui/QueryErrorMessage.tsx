import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { Button } from './Button';
import { PageMessage } from './PageMessage';

type QueryErrorMessageProps = {
  title: string;
  error: Error;
  onRetry: () => void;
};

/** A failed load: the API's message (already in the UI language) and a retry button. */
export function QueryErrorMessage({ title, error, onRetry }: QueryErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <PageMessage title={title} tone="error">
      <p role="alert">{isApiError(error) ? error.message : t('errors.unexpected')}</p>
      <p>
        <Button variant="secondary" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </p>
    </PageMessage>
  );
}
