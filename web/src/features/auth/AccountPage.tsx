import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Button } from '../../ui/Button';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUnits } from '../units/use-units';
import type { User } from '../../api';
import { roleLabelKeys, userTypeLabelKeys } from './labels';
import { canDeployment } from './capabilities';
import { MailPreferencesForm } from './MailPreferencesForm';
import { signInPath } from './safe-next';
import { useCapabilities, useMe } from './use-me';
import { useSignOut } from './use-sign-out';

type Row = { key: string; label: string; value: ReactNode };

function useAccountRows(user: User): Row[] {
  const { t } = useTranslation();
  const units = useUnits();
  const unitName = (code: string) => units.data?.find((unit) => unit.code === code)?.name ?? code;
  // A role or type the server added after this build shows as its code rather than blank.
  const label = (key: ParseKeys | undefined, fallback: string) => (key ? t(key) : fallback);

  const rows: (Row | null)[] = [
    { key: 'name', label: t('auth.account.name'), value: user.name },
    { key: 'email', label: t('auth.account.email'), value: user.email },
    user.phone ? { key: 'phone', label: t('auth.account.phone'), value: user.phone } : null,
    user.organization
      ? { key: 'organization', label: t('auth.account.organization'), value: user.organization }
      : null,
    user.userType
      ? {
          key: 'userType',
          label: t('auth.account.userType'),
          value: label(userTypeLabelKeys[user.userType] as ParseKeys | undefined, user.userType),
        }
      : null,
    user.roles.length > 0
      ? {
          key: 'roles',
          label: t('auth.account.roles'),
          value: (
            <ul>
              {user.roles.map(({ unitCode, role }) => (
                <li key={`${unitCode}-${role}`}>
                  {t('auth.account.roleAtUnit', {
                    role: label(roleLabelKeys[role] as ParseKeys | undefined, role),
                    unit: unitName(unitCode),
                  })}
                </li>
              ))}
            </ul>
          ),
        }
      : null,
  ];
  return rows.filter((row): row is Row => row !== null);
}

function AccountDetails({ user }: { user: User }) {
  const rows = useAccountRows(user);
  return (
    <dl className="card details">
      {rows.map((row) => (
        <div key={row.key} className="details__row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `/akun`: who is signed in, with which roles, which notices staff also get by mail, and the way out. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.account.title'));
  const me = useMe();
  const capabilities = useCapabilities();
  const signOut = useSignOut();

  if (me.isPending) return <LoadingMessage />;
  if (me.isError) {
    return (
      <QueryErrorMessage title={t('auth.account.title')} error={me.error} onRetry={() => void me.refetch()} />
    );
  }
  if (!me.data) return <Navigate to={signInPath('/akun')} replace />;

  return (
    <>
      <h1>{t('auth.account.title')}</h1>
      <AccountDetails user={me.data} />
      {capabilities.data && canDeployment(capabilities.data, 'console') ? <MailPreferencesForm /> : null}
      {signOut.isError ? (
        <p className="notice notice--error" role="alert">
          {signOut.error.message}
        </p>
      ) : null}
      <Button variant="secondary" isBusy={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? t('nav.signingOut') : t('nav.signOut')}
      </Button>
    </>
  );
}
