import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { PageMessage } from '../../ui/PageMessage';
import { SelectField } from '../../ui/SelectField';
import { useDocumentTitle } from '../../ui/use-document-title';
import { unitsWhere } from '../auth/capabilities';
import { useConsole } from '../console/console-context';
import { useUnits } from '../units/use-units';
import { AdminUnitContext } from './admin-context';
import { OfficeHoursPage } from './calendar/OfficeHoursPage';
import { CategoriesPage } from './categories/CategoriesPage';
import { HolidaysPage } from './holidays/HolidaysPage';
import { MailboxPage } from './mailbox/MailboxPage';
import { StaffPage } from './staff/StaffPage';

/** `/konsol/admin/*`: staff and roles, categories, office hours, holidays and the complaint mailbox of a unit. */
export function AdminApp() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const { capabilities, unit: consoleUnit } = useConsole();
  const units = useUnits();
  // Where `GET /api/me` says the account administers: its own units, or every unit for the
  // deployment administrator.
  const mine = unitsWhere(capabilities, 'administer', units.data ?? []);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const unit =
    mine.find((u) => u.code === unitCode) ?? mine.find((u) => u.code === consoleUnit?.code) ?? mine[0];

  if (!unit) {
    return (
      <PageMessage title={t('admin.notAdminTitle')}>
        <p>{t('admin.notAdminBody')}</p>
      </PageMessage>
    );
  }
  const tabs = [
    { to: '/konsol/admin', label: t('admin.tabs.staff'), end: true },
    { to: '/konsol/admin/kategori', label: t('admin.tabs.categories') },
    { to: '/konsol/admin/jam-layanan', label: t('admin.tabs.hours') },
    { to: '/konsol/admin/hari-libur', label: t('admin.tabs.holidays') },
    { to: '/konsol/admin/kotak-surel', label: t('admin.tabs.mailbox') },
  ];
  return (
    <AdminUnitContext.Provider value={unit}>
      <h1>{t('admin.title')}</h1>
      {mine.length > 1 ? (
        <SelectField
          className="admin-unit"
          label={t('admin.unit')}
          value={unit.code}
          options={mine.map((u) => ({ value: u.code, label: u.name }))}
          onChange={(e) => setUnitCode(e.target.value)}
        />
      ) : (
        <p className="muted">{unit.name}</p>
      )}
      <nav aria-label={t('admin.navLabel')} className="admin-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<StaffPage key={unit.code} />} />
        <Route path="kategori" element={<CategoriesPage key={unit.code} />} />
        <Route path="jam-layanan" element={<OfficeHoursPage key={unit.code} />} />
        <Route path="hari-libur" element={<HolidaysPage key={unit.code} />} />
        <Route path="kotak-surel" element={<MailboxPage key={unit.code} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AdminUnitContext.Provider>
  );
}
