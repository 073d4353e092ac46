import { useTranslation } from 'react-i18next';
import { ColumnChart } from './ColumnChart';
import type { TrendMonth } from '../../api';
import { useFormat } from './use-format';

/** The twelve months ending with the chosen one: a chart of tickets received and the full table. */
export function TrendSection({ months }: { months: readonly TrendMonth[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="report-section" aria-labelledby="laporan-tren">
      <h2 id="laporan-tren">{t('reports.trend.title')}</h2>
      <ColumnChart
        title={t('reports.trend.chart')}
        formatValue={f.count}
        columns={months.map((m) => ({ key: m.month, label: f.month(m.month), value: m.received }))}
      />
      <div className="table-scroll">
        <table className="report-table">
          <caption className="visually-hidden">{t('reports.trend.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.trend.month')}</th>
              <th scope="col" className="num">
                {t('reports.trend.received')}
              </th>
              <th scope="col" className="num">
                {t('reports.trend.completed')}
              </th>
              <th scope="col" className="num">
                {t('reports.trend.escalated')}
              </th>
              <th scope="col" className="num">
                {t('reports.trend.complaints')}
              </th>
              <th scope="col" className="num">
                {t('reports.trend.skm')}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{f.month(m.month)}</th>
                <td className="num">{f.count(m.received)}</td>
                <td className="num">{f.count(m.completed)}</td>
                <td className="num">{f.count(m.escalated)}</td>
                <td className="num">{f.count(m.complaints)}</td>
                <td className="num">{m.grade ? `${f.decimal(m.ikmConverted)} (${m.grade})` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
