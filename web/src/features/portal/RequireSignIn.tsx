import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import type { User } from '../../api';
import { signInPath } from '../auth/safe-next';
import { useMe } from '../auth/use-me';

/** Renders `children(user)` for a signed-in user; sends anyone else to sign in, then back here. */
export function RequireSignIn({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <LoadingMessage />;
  if (me.isError)
    return (
      <QueryErrorMessage
        title={t('errors.pageFailedTitle')}
        error={me.error}
        onRetry={() => void me.refetch()}
      />
    );
  if (!me.data) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return <>{children(me.data)}</>;
}
