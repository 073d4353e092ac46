import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { registerPath, signInPath } from './safe-next';
import { canDeployment } from './capabilities';
import { useCapabilities, useMe } from './use-me';
import { useSignOut } from './use-sign-out';

/**
 * The header's links: "Lacak tiket", "Daftar" and "Masuk" when signed out; "Tiket saya" (service
 * users), "Akun saya" and "Keluar" when in.
 */
export function AuthNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const capabilities = useCapabilities();
  const signOut = useSignOut();

  // Nothing until we know, so "Masuk" never flashes for a signed-in user.
  if (me.isPending || (me.data && capabilities.isPending)) return null;

  if (me.data) {
    const isStaff = capabilities.data ? canDeployment(capabilities.data, 'console') : false;
    return (
      <nav aria-label={t('nav.label')} className="site-header__actions">
        {/* A service user's own tickets; staff work from their console. */}
        {!isStaff ? (
          <NavLink className="nav-link" to="/tiket" end>
            {t('portal.nav.myTickets')}
          </NavLink>
        ) : null}
        {isStaff ? (
          <NavLink className="nav-link" to="/konsol">
            {t('console.navLink')}
          </NavLink>
        ) : null}
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
  // The sign-in and registration pages pass their own `next` on; elsewhere, come back here.
  const isOnAuthPage = isOnSignIn || location.pathname === '/daftar';
  return (
    <nav aria-label={t('nav.label')} className="site-header__actions">
      <NavLink className="nav-link" to="/lacak">
        {t('portal.nav.track')}
      </NavLink>
      <NavLink className="nav-link" to={isOnAuthPage ? `/daftar${location.search}` : registerPath(here)}>
        {t('portal.nav.register')}
      </NavLink>
      <Link
        className="nav-link"
        to={isOnAuthPage ? `/masuk${location.search}` : signInPath(here)}
        aria-current={isOnSignIn ? 'page' : undefined}
      >
        {t('nav.signIn')}
      </Link>
    </nav>
  );
}
