import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useMatch, useNavigation } from 'react-router';
import { AuthNav } from '../features/auth/AuthNav';
import { firstLpse, unitPath, useUnits } from '../features/units/use-units';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Layout } from '../ui/Layout';

/** The unit being viewed, or the first LPSE on pages that belong to no unit. */
function useCurrentUnit() {
  const unitMatch = useMatch('/u/:unitCode');
  const units = useUnits();
  if (!units.data) return undefined;
  if (unitMatch) return units.data.find((unit) => unit.code === unitMatch.params.unitCode);
  return firstLpse(units.data);
}

/** The frame around every page: header with the unit, language switch and account links. */
export function AppShell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const unit = useCurrentUnit();

  const brand = (
    <Link className="brand" to={unit ? unitPath(unit.code) : '/'}>
      <span className="brand__unit">{unit ? unit.name : t('app.name')}</span>
      <span className="brand__app">{t('app.tagline')}</span>
    </Link>
  );
  const actions = (
    <>
      <LanguageSwitch />
      <AuthNav />
    </>
  );
  const status = navigation.state === 'loading' ? <p className="progress">{t('app.navigating')}</p> : null;

  return (
    <>
      <Layout brand={brand} actions={actions} status={status}>
        <Outlet />
      </Layout>
      <ScrollRestoration />
    </>
  );
}
