import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SelectField } from '../../ui/SelectField';
import { AvailabilitySwitch } from './availability/AvailabilitySwitch';
import { canAnywhere, canIn } from '../auth/capabilities';
import { useConsole } from './console-context';
import { useNotifications } from './notifications/use-notifications';
import { consolePaths } from './paths';

/**
 * The console's own header: the screens the server says this account may use (`/api/me`
 * capabilities), unread notifications, the unit, availability.
 */
export function ConsoleNav() {
  const { t } = useTranslation();
  const { capabilities, units, unit, setUnitCode } = useConsole();
  const notifications = useNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  const here = unit?.code;

  return (
    <div className="console-bar">
      <nav aria-label={t('console.nav.label')} className="console-nav">
        <ul>
          <li>
            <NavLink to={consolePaths.queue} end>
              {t('console.nav.queue')}
            </NavLink>
          </li>
          {canIn(capabilities, 'intake', here) ? (
            <>
              <li>
                <NavLink to={consolePaths.phone}>{t('console.nav.phone')}</NavLink>
              </li>
              <li>
                <NavLink to={consolePaths.walkIn}>{t('console.nav.walkIn')}</NavLink>
              </li>
              <li>
                <NavLink to={consolePaths.suggestionBox}>{t('console.nav.suggestionBox')}</NavLink>
              </li>
            </>
          ) : null}
          {canIn(capabilities, 'coordinate', here) ? (
            <li>
              <NavLink to={consolePaths.awaitingKepala}>{t('console.nav.awaitingKepala')}</NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={consolePaths.notifications}>
              {t('console.nav.notifications')}
              {unread > 0 ? (
                <span className="count-badge">
                  {' '}
                  {unread}
                  <span className="visually-hidden"> {t('console.nav.unreadCount', { count: unread })}</span>
                </span>
              ) : null}
            </NavLink>
          </li>
          {canIn(capabilities, 'readHeldMail', here) ? (
            <li>
              <NavLink to={consolePaths.heldMail}>{t('console.nav.heldMail')}</NavLink>
            </li>
          ) : null}
          {canAnywhere(capabilities, 'readReports') ? (
            <li>
              <NavLink to={consolePaths.reports}>{t('console.nav.reports')}</NavLink>
            </li>
          ) : null}
          {canAnywhere(capabilities, 'administer') ? (
            <li>
              <NavLink to={consolePaths.admin}>{t('console.nav.admin')}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="console-bar__tools">
        {units.length > 1 && unit ? (
          <SelectField
            className="console-bar__unit"
            label={t('console.nav.unit')}
            value={unit.code}
            options={units.map((u) => ({ value: u.code, label: u.name }))}
            onChange={(e) => setUnitCode(e.target.value)}
          />
        ) : null}
        {canAnywhere(capabilities, 'reportAvailability') ? <AvailabilitySwitch /> : null}
      </div>
    </div>
  );
}
