import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../api';
import { useFormat } from './use-format';

/** The headline figures of the period, readable at a glance on a phone. */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const figures = [
    { key: 'received', value: f.count(summary.received.total), label: t('reports.figures.received') },
    { key: 'completed', value: f.count(summary.completion.count), label: t('reports.figures.completed') },
    {
      key: 'withinTarget',
      value: f.percent(summary.completion.withinTarget.all.sharePercent),
      label: t('reports.figures.withinTarget'),
    },
    {
      key: 'firstResponse',
      value: f.hours(summary.firstResponse.medianHours),
      label: t('reports.figures.firstResponseMedian'),
    },
    {
      key: 'completion',
      value: f.hours(summary.completion.medianHours),
      label: t('reports.figures.completionMedian'),
    },
    {
      key: 'complaints',
      value: f.count(summary.complaints.awaitingCoordination),
      label: t('reports.figures.awaitingCoordination'),
    },
    {
      key: 'skm',
      value: summary.skm.grade ? `${f.decimal(summary.skm.ikmConverted)} (${summary.skm.grade})` : '–',
      label: t('reports.figures.skm'),
    },
  ];
  return (
    <ul className="figure-grid" aria-label={t('reports.figures.label')}>
      {figures.map((figure) => (
        <li key={figure.key}>
          <span className="figure__value">{figure.value}</span>
          <span className="figure__label">{figure.label}</span>
        </li>
      ))}
    </ul>
  );
}
