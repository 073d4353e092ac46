import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { statusKeys } from '../../i18n/status-labels';
import { BarChart } from './BarChart';
import { CHANNELS, KINDS, STATUSES, TIERS } from '@domain/tickets/vocabulary';
import type { ReportSummary } from '../../api';
import { channelKeys, kindKeys } from './labels';
import { useFormat } from './use-format';

/** Tickets received in the period by channel, kind, category, tier reached and status at its end. */
export function VolumeSection({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const f = useFormat();
  const r = summary.received;
  const count = t('reports.chart.count');
  return (
    <section className="report-section" aria-labelledby="laporan-volume">
      <h2 id="laporan-volume">{t('reports.volume.title')}</h2>
      <p className="muted">{t('reports.volume.definition')}</p>
      <BarChart
        title={t('reports.volume.byChannel')}
        valueLabel={count}
        formatValue={f.count}
        bars={CHANNELS.map((c) => ({
          key: c,
          label: t(channelKeys[c]),
          value: r.byChannel[c],
        }))}
      />
      <BarChart
        title={t('reports.volume.byKind')}
        valueLabel={count}
        formatValue={f.count}
        bars={KINDS.map((k) => ({ key: k, label: t(kindKeys[k]), value: r.byKind[k] }))}
      />
      <BarChart
        title={t('reports.volume.byCategory')}
        valueLabel={count}
        formatValue={f.count}
        bars={r.byCategory.map((c) => ({
          key: c.code ?? '-',
          label: (language === 'en' ? c.nameEn : c.name) ?? t('reports.volume.noCategory'),
          value: c.count,
        }))}
      />
      <BarChart
        title={t('reports.volume.byTier')}
        valueLabel={count}
        formatValue={f.count}
        bars={TIERS.map((tier) => ({
          key: tier,
          label: t(`reports.labels.tier.${tier}`),
          value: r.byTierReached[tier],
        }))}
      />
      <BarChart
        title={t('reports.volume.byStatus')}
        valueLabel={count}
        formatValue={f.count}
        bars={STATUSES.map((s) => ({ key: s, label: t(statusKeys[s]), value: r.byStatus[s] }))}
      />
    </section>
  );
}
