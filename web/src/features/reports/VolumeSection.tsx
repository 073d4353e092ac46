import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { BarChart } from './BarChart';
import type { Channel, TicketKind as Kind, ReportSummary, TicketStatus as Status, Tier } from '../../api';
import { useFormat } from './use-format';

const CHANNELS: readonly Channel[] = ['portal', 'phone', 'walk_in', 'email', 'suggestion_box'];
const KINDS: readonly Kind[] = ['question', 'complaint'];
const TIERS: readonly Tier[] = ['helpdesk', 'admin_ppe', 'lkpp'];
const STATUSES: readonly Status[] = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'];

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
          label: t(`reports.labels.channel.${c}`),
          value: r.byChannel[c],
        }))}
      />
      <BarChart
        title={t('reports.volume.byKind')}
        valueLabel={count}
        formatValue={f.count}
        bars={KINDS.map((k) => ({ key: k, label: t(`reports.labels.kind.${k}`), value: r.byKind[k] }))}
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
        bars={STATUSES.map((s) => ({ key: s, label: t(`reports.labels.status.${s}`), value: r.byStatus[s] }))}
      />
    </section>
  );
}
