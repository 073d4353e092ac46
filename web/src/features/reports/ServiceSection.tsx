import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import { DIFFICULTIES } from '@domain/sla/targets';
import { ESCALATION_TIERS } from '@domain/tiers/tiers';
import { difficultyKeys } from './labels';
import type { ReportSummary } from '../../api';
import { useFormat } from './use-format';

/** Working-hour durations, targets met per difficulty, escalations and complaints. */
export function ServiceSection({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = summary;
  const target = s.completion.withinTarget;
  return (
    <section className="report-section" aria-labelledby="laporan-layanan">
      <h2 id="laporan-layanan">{t('reports.service.title')}</h2>
      <p className="muted">{t('reports.service.definition')}</p>
      <div className="table-scroll">
        <table className="report-table">
          <caption className="visually-hidden">{t('reports.service.timesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.service.measure')}</th>
              <th scope="col" className="num">
                {t('reports.service.tickets')}
              </th>
              <th scope="col" className="num">
                {t('reports.service.median')}
              </th>
              <th scope="col" className="num">
                {t('reports.service.p90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['firstResponse', s.firstResponse],
                ['completion', s.completion],
              ] as const
            ).map(([key, d]) => (
              <tr key={key}>
                <th scope="row">{t(`reports.service.${key}`)}</th>
                <td className="num">{f.count(d.count)}</td>
                <td className="num">{f.hours(d.medianHours)}</td>
                <td className="num">{f.hours(d.p90Hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BarChart
        title={t('reports.service.withinTargetTitle')}
        valueLabel={t('reports.service.share')}
        formatValue={(v) => f.percent(v)}
        bars={DIFFICULTIES.filter((d) => target[d].completed > 0).map((d) => ({
          key: d,
          label: t('reports.service.difficultyLine', {
            difficulty: t(difficultyKeys[d]),
            within: target[d].withinTarget,
            completed: target[d].completed,
          }),
          value: target[d].sharePercent ?? 0,
        }))}
      />
      <h3>{t('reports.escalations.title')}</h3>
      <div className="table-scroll">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.escalations.to')}</th>
              <th scope="col" className="num">
                {t('reports.escalations.count')}
              </th>
              <th scope="col" className="num">
                {t('reports.escalations.answered')}
              </th>
              <th scope="col" className="num">
                {t('reports.service.median')}
              </th>
              <th scope="col" className="num">
                {t('reports.service.p90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ESCALATION_TIERS.map((tier) => (
              <tr key={tier}>
                <th scope="row">{t(`reports.labels.tier.${tier}`)}</th>
                <td className="num">{f.count(s.escalations[tier].count)}</td>
                <td className="num">{f.count(s.escalations[tier].answered)}</td>
                <td className="num">{f.hours(s.escalations[tier].medianHours)}</td>
                <td className="num">{f.hours(s.escalations[tier].p90Hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('reports.complaints.title')}</h3>
      <dl className="card details">
        {(
          [
            ['received', f.count(s.complaints.received)],
            ['coordinated', f.count(s.complaints.coordinated)],
            ['awaiting', f.count(s.complaints.awaitingCoordination)],
            ['informed', f.count(s.complaints.kepalaInformed)],
            ['time', f.hours(s.complaints.coordinationMedianHours)],
          ] as const
        ).map(([key, value]) => (
          <div className="details__row" key={key}>
            <dt>{t(`reports.complaints.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
