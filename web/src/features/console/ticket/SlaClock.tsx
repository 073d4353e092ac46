import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { TIERS } from '@domain/tiers/tiers';
import type { Sla } from '../../../api';
import { formatDateTime, splitMinutes } from '../format';
import { difficultyKeys, tierKeys } from '../labels';
import { SlaBadge } from './SlaBadge';

/** "7 j 30 m" of working time. */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (total) => {
    const { hours, minutes } = splitMinutes(total);
    return hours > 0
      ? t('console.duration.hoursMinutes', { hours, minutes })
      : t('console.duration.minutes', { minutes });
  };
}

/**
 * The completion clock, counted in the unit's office hours (holidays and cuti bersama left out,
 * paused while the reporter is asked): state, due time, time used, and how long each tier held it.
 */
export function SlaClock({ sla, timeZone }: { sla: Sla; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const duration = useDuration();
  const at = (iso: string) => formatDateTime(iso, language, timeZone);
  const rows: [string, ReactNode][] = [
    [t('console.slaClock.state'), <SlaBadge key="badge" state={sla.state} />],
    [t('console.slaClock.clock'), t(`console.slaClock.${sla.clock}`)],
    [
      t('console.slaClock.due'),
      <time key="due" dateTime={sla.dueAt}>
        {at(sla.dueAt)}
      </time>,
    ],
    ...(sla.breachedAt ? [[t('console.slaClock.breachedAt'), at(sla.breachedAt)] as [string, string]] : []),
    [
      t('console.slaClock.used'),
      t('console.slaClock.usedOfTarget', {
        used: duration(sla.usedMinutes),
        target: duration(sla.targetMinutes),
      }),
    ],
    ...(sla.extensionMinutes > 0
      ? [[t('console.slaClock.extension'), duration(sla.extensionMinutes)] as [string, string]]
      : []),
    [t('console.slaClock.difficulty'), t(difficultyKeys[sla.difficulty])],
    [
      t('console.slaClock.firstResponse'),
      `${t(`console.slaClock.firstResponseState.${sla.firstResponse.state}`)} · ${sla.firstResponse.at ? at(sla.firstResponse.at) : t('console.slaClock.firstResponseDue', { time: at(sla.firstResponseDueAt) })}`,
    ],
  ];
  const longest = Math.max(1, ...TIERS.map((tier) => sla.minutesByTier[tier] ?? 0));
  return (
    <section className="card sla-clock" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('console.slaClock.title')}</h2>
      <dl className="details details--compact">
        {rows.map(([label, value]) => (
          <div key={label} className="details__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('console.slaClock.perTier')}</h3>
      <ul className="tier-times">
        {TIERS.map((tier) => {
          const minutes = sla.minutesByTier[tier] ?? 0;
          return (
            <li key={tier} className="tier-times__row">
              <span className="tier-times__label">{t(tierKeys[tier])}</span>
              <span className="tier-times__bar" aria-hidden="true">
                <span style={{ width: `${Math.round((minutes / longest) * 100)}%` }} />
              </span>
              <span className="tier-times__value">{duration(minutes)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
