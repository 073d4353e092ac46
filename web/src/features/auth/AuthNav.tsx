import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { signInPath } from './safe-next';
import { useMe } from './use-me';
import { useSignOut } from './use-sign-out';

/** The header's account links: "Masuk" when signed out; "Akun saya" and "Keluar" when in. */
export function AuthNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const signOut = useSignOut();

  // Nothing until we know, so "Masuk" never flashes for a signed-in user.
  if (me.isPending) return null;

  if (me.data) {
    return (
      <nav aria-label={t('nav.label')} className="site-header__actions">
        {/* NavLink marks the link aria-current="page" while on /akun. */}
        <NavLink className="nav-link" to="/akun">
          {t('nav.account')}
        </NavLink>
        <Button variant="link" isBusy={signOut.isPending} onClick={() => signOut.mutate()}>
          {signOut.isPending ? t('nav.signingOut') : t('nav.signOut')}
        </Button>
      </nav>
    );
  }

  const isOnSignIn = location.pathname === '/masuk';
  const here = `${location.pathname}${location.search}`;
  return (
    <nav aria-label={t('nav.label')}>
      <Link
        className="nav-link"
        to={isOnSignIn ? here : signInPath(here)}
        aria-current={isOnSignIn ? 'page' : undefined}
      >
        {t('nav.signIn')}
      </Link>
    </nav>
  );
}
