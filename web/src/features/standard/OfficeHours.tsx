import { useTranslation } from 'react-i18next';
import { useLanguage, type Language } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import {
  currentOverrides,
  groupWeek,
  todayIn,
  type DayGroup,
  type DayHours,
  type WeekHours,
} from './office-hours';
import { useUnitCalendar } from './use-unit-calendar';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Indonesia's three time zones by their usual names; any other is shown as its IANA name. */
const zoneNames: Record<string, string> = {
  'Asia/Jakarta': 'WIB (UTC+7)',
  'Asia/Pontianak': 'WIB (UTC+7)',
  'Asia/Makassar': 'WITA (UTC+8)',
  'Asia/Jayapura': 'WIT (UTC+9)',
};

/** The name of an ISO weekday (1 = Monday); 1 January 2024 was a Monday. */
function weekdayName(day: number, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

function useHoursText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = (group: DayGroup) =>
    group.firstDay === group.lastDay
      ? weekdayName(group.firstDay, language)
      : t('portal.home.hours.dayRange', {
          first: weekdayName(group.firstDay, language),
          last: weekdayName(group.lastDay, language),
        });
  const hours = (day: DayHours) => {
    if (!day) return t('portal.home.hours.closed');
    const open = t('portal.home.hours.openClose', { open: day.open, close: day.close });
    if (day.breaks.length === 0) return open;
    const breaks = day.breaks.map((pause) => `${pause.start}–${pause.end}`).join(', ');
    return t('portal.home.hours.withBreak', { hours: open, breaks });
  };
  return { days, hours };
}

function WeekList({ week }: { week: WeekHours }) {
  const { days, hours } = useHoursText();
  return (
    <dl className="details hours">
      {groupWeek(week).map((group) => (
        <div key={group.firstDay} className="details__row">
          <dt>{days(group)}</dt>
          <dd>{hours(group.hours)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The unit's office hours (Perpres 21/2023 working week, set by the unit), and any change ahead. */
export function OfficeHours({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const calendar = useUnitCalendar(unitCode);
  const data = calendar.data;
  const upcoming = data ? currentOverrides(data.overrides, todayIn(data.timeZone, new Date())) : [];

  return (
    <section className="card" id="jam-layanan" aria-labelledby="jam-layanan-judul">
      <h2 id="jam-layanan-judul">{t('portal.home.hours.title')}</h2>
      {calendar.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {calendar.isError ? <p className="muted">{t('portal.home.unavailable')}</p> : null}
      {data ? (
        <>
          <WeekList week={data.week} />
          <p className="muted">
            {t('portal.home.hours.timeZone', { zone: zoneNames[data.timeZone] ?? data.timeZone })}
          </p>
          {upcoming.map((override) => (
            <div key={`${override.from}-${override.to}`} className="notice">
              <h3>
                {override.reason || t('portal.home.hours.changed')}{' '}
                <span className="muted">
                  ({formatCalendarDate(override.from, language)} – {formatCalendarDate(override.to, language)}
                  )
                </span>
              </h3>
              {override.hours === 'closed' ? (
                <p>{t('portal.home.hours.closedAllDay')}</p>
              ) : (
                <WeekList week={override.hours} />
              )}
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
