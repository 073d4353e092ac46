import './console.css';
import './load-translations';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { signInPath } from '../auth/safe-next';
import { canDeployment, unitsWhere } from '../auth/capabilities';
import { useCapabilities, useMe } from '../auth/use-me';
import { useUnits } from '../units/use-units';
import { ConsoleContext } from './console-context';
import { ConsoleNav } from './ConsoleNav';
import { PhoneIntakePage } from './intake/PhoneIntakePage';
import { SuggestionBoxPage } from './intake/SuggestionBoxPage';
import { WalkInIntakePage } from './intake/WalkInIntakePage';
import { HeldMailPage } from './mail/HeldMailPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { QueuePage } from './queue/QueuePage';
import { TicketPage } from './ticket/TicketPage';

// Administration is used by few, rarely: its code loads only when opened.
const AdminApp = lazy(async () => ({ default: (await import('../admin/AdminApp')).AdminApp }));

/**
 * `/konsol/*`, the staff console. The whole of it is one lazily loaded chunk (with its own
 * stylesheet), so nothing here weighs on the public pages a citizen opens on a phone.
 */
export function ConsoleApp() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const units = useUnits();
  const capabilities = useCapabilities();
  const [unitCode, setUnitCode] = useState<string | null>(null);

  if (me.isPending || units.isPending || (me.data && capabilities.isPending)) return <LoadingMessage />;
  if (me.isError)
    return (
      <QueryErrorMessage title={t('console.title')} error={me.error} onRetry={() => void me.refetch()} />
    );
  if (units.isError)
    return (
      <QueryErrorMessage
        title={t('console.title')}
        error={units.error}
        onRetry={() => void units.refetch()}
      />
    );
  const user = me.data;
  if (!user) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (capabilities.isError)
    return (
      <QueryErrorMessage
        title={t('console.title')}
        error={capabilities.error}
        onRetry={() => void capabilities.refetch()}
      />
    );
  const can = capabilities.data;
  if (!can || !canDeployment(can, 'console')) {
    return (
      <PageMessage title={t('console.notStaffTitle')}>
        <p>{t('console.notStaffBody')}</p>
      </PageMessage>
    );
  }
  const mine = unitsWhere(can, 'serve', units.data);
  const unit = mine.find((candidate) => candidate.code === unitCode) ?? mine[0] ?? null;

  return (
    <ConsoleContext.Provider value={{ user, capabilities: can, units: mine, unit, setUnitCode }}>
      <div className="console">
        <ConsoleNav />
        <Routes>
          <Route index element={<QueuePage />} />
          <Route path="koordinasi" element={<QueuePage preset="awaitingKepala" />} />
          <Route path="catat/telepon" element={<PhoneIntakePage />} />
          <Route path="catat/kunjungan" element={<WalkInIntakePage />} />
          <Route path="catat/kotak-saran" element={<SuggestionBoxPage />} />
          <Route path="tiket/:code" element={<TicketPage />} />
          <Route path="notifikasi" element={<NotificationsPage />} />
          <Route path="surel-tertahan" element={<HeldMailPage />} />
          <Route
            path="admin/*"
            element={
              <Suspense fallback={<LoadingMessage />}>
                <AdminApp />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </ConsoleContext.Provider>
  );
}
