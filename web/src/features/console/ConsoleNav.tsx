import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SelectField } from '../../ui/SelectField';
import { AvailabilitySwitch } from './availability/AvailabilitySwitch';
import { hasRole, useConsole } from './console-context';
import { useNotifications } from './notifications/use-notifications';
import { consolePaths } from './paths';

/** The console's own header: its screens for this user's roles, unread notifications, the unit, availability. */
export function ConsoleNav() {
  const { t } = useTranslation();
  const { user, units, unit, setUnitCode } = useConsole();
  const notifications = useNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  const isHelpdesk = unit !== null && hasRole(user, 'helpdesk', unit.code);
  const isKepala = unit !== null && hasRole(user, 'kepala', unit.code);
  const isAdmin = hasRole(user, 'admin');

  return (
    <div className="console-bar">
      <nav aria-label={t('console.nav.label')} className="console-nav">
        <ul>
          <li>
            <NavLink to={consolePaths.queue} end>
              {t('console.nav.queue')}
            </NavLink>
          </li>
          {isHelpdesk ? (
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
          {isKepala ? (
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
          {isHelpdesk || isAdmin ? (
            <li>
              <NavLink to={consolePaths.heldMail}>{t('console.nav.heldMail')}</NavLink>
            </li>
          ) : null}
          {isKepala || isAdmin ? (
            <li>
              <NavLink to={consolePaths.reports}>{t('console.nav.reports')}</NavLink>
            </li>
          ) : null}
          {isAdmin ? (
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
        {hasRole(user, 'admin_ppe') ? <AvailabilitySwitch /> : null}
      </div>
    </div>
  );
}
