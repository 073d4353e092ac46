import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type ChartBar = { key: string; label: string; value: number };

type BarChartProps = {
  title: string;
  bars: readonly ChartBar[];
  formatValue: (value: number) => string;
  /** Column header of the values in the table alternative. */
  valueLabel: string;
};

const WIDTH = 600;
const LABEL = 270;
const ROW = 28;
const BAR = 18;

const shorten = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal bars drawn as inline SVG. The picture is named by its title and described by
 * every value (role="img" with <title>/<desc>), and the same numbers are a table under it.
 */
export function BarChart({ title, bars, formatValue, valueLabel }: BarChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  const description = bars.map((b) => `${b.label}: ${formatValue(b.value)}`).join('; ');
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const length = ((WIDTH - LABEL - 70) * bar.value) / max;
          return (
            <g key={bar.key}>
              <text x={LABEL - 8} y={y + BAR - 5} textAnchor="end" className="chart__label">
                {shorten(bar.label)}
              </text>
              <rect x={LABEL} y={y} width={Math.max(0, length)} height={BAR} className="chart__bar" />
              <text x={LABEL + length + 6} y={y + BAR - 5} className="chart__value">
                {formatValue(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="chart__table">
        <summary>{t('reports.chart.asTable', { title })}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reports.chart.item')}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{formatValue(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
