import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import type { SkmFigures } from '../../api';
import { useFormat } from './use-format';

const ELEMENTS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

/** The satisfaction index of the period (PermenPANRB 14/2017): NRR per element, IKM, grade. */
export function SkmSection({ skm }: { skm: SkmFigures }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="report-section" aria-labelledby="laporan-skm">
      <h2 id="laporan-skm">{t('reports.skm.title')}</h2>
      {skm.grade ? (
        <p className="notice">
          {t('reports.skm.result', {
            converted: f.decimal(skm.ikmConverted),
            ikm: f.decimal(skm.ikm),
            grade: skm.grade,
            label: skm.label ?? '',
            respondents: skm.respondents,
          })}
        </p>
      ) : (
        <p className="notice">{t('reports.skm.noIndex', { respondents: skm.respondents })}</p>
      )}
      <BarChart
        title={t('reports.skm.nrrTitle')}
        valueLabel={t('reports.skm.nrr')}
        formatValue={f.decimal}
        bars={ELEMENTS.map((id) => ({
          key: id,
          label: `${id.toUpperCase()} ${t(`reports.skm.elements.${id}`)}`,
          value: skm.nrr[id] ?? 0,
        }))}
      />
    </section>
  );
}
