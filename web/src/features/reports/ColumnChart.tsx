import { useId } from 'react';
import type { ChartBar } from './BarChart';

type ColumnChartProps = {
  title: string;
  columns: readonly ChartBar[];
  formatValue: (value: number) => string;
};

const WIDTH = 600;
const HEIGHT = 220;
const AXIS = 36;

/**
 * Vertical columns over time (the twelve-month trend) as inline SVG, named and described by
 * its values for screen readers; the trend table beside it carries the same numbers.
 */
export function ColumnChart({ title, columns, formatValue }: ColumnChartProps) {
  const id = useId();
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const plot = HEIGHT - AXIS - 18;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>{columns.map((c) => `${c.label}: ${formatValue(c.value)}`).join('; ')}</desc>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="chart__axis" />
        {columns.map((column, i) => {
          const height = (plot * column.value) / max;
          const x = i * slot + slot * 0.2;
          const top = HEIGHT - AXIS - height;
          return (
            <g key={column.key}>
              <rect x={x} y={top} width={slot * 0.6} height={height} className="chart__bar" />
              <text x={x + slot * 0.3} y={top - 4} textAnchor="middle" className="chart__value">
                {formatValue(column.value)}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - AXIS + 16} textAnchor="middle" className="chart__label">
                {column.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
