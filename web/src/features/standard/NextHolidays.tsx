import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { todayIn, upcomingHolidays, type Holiday } from './office-hours';
import { useUnitHolidays } from './use-unit-calendar';

const typeLabelKeys = {
  national_holiday: 'portal.home.holidays.type.national_holiday',
  cuti_bersama: 'portal.home.holidays.type.cuti_bersama',
  local: 'portal.home.holidays.type.local',
} as const satisfies Record<Holiday['type'], string>;

/** How many holidays ahead the home page lists. */
const SHOWN = 4;

/**
 * The next days the office is closed: national holidays and cuti bersama (SKB 3 Menteri) and
 * local ones. They do not count towards the completion time, so a citizen knows why.
 */
export function NextHolidays({ unitCode, timeZone }: { unitCode: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayIn(timeZone, new Date());
  const year = Number(today.slice(0, 4));
  const result = useUnitHolidays(unitCode, year);
  const next = upcomingHolidays(result.holidays, today, SHOWN);

  return (
    <section className="card" id="hari-libur" aria-labelledby="hari-libur-judul">
      <h2 id="hari-libur-judul">{t('portal.home.holidays.title')}</h2>
      {result.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {!result.isPending && result.isError && next.length === 0 ? (
        <p className="muted">{t('portal.home.unavailable')}</p>
      ) : null}
      {!result.isPending && !result.isError && next.length === 0 ? (
        <p>{t('portal.home.holidays.none')}</p>
      ) : null}
      {next.length > 0 ? (
        <ul className="holiday-list">
          {next.map((holiday) => (
            <li key={holiday.date}>
              <strong>{formatCalendarDate(holiday.date, language)}</strong>
              <br />
              {holiday.name} <span className="muted">· {t(typeLabelKeys[holiday.type])}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('portal.home.holidays.note')}</p>
    </section>
  );
}
