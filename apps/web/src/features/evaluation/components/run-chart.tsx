import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@web/shared/format';
import type { RunChartRow } from '../utils/run-chart-data';
import { valueDomain } from '../utils/run-chart-data';

interface RunChartProps {
  rows: readonly RunChartRow[];
  decimals: number;
  unit: string;
  target: number | null | undefined;
  /** Read out instead of the drawing (the table below has the figures). */
  label: string;
}

/**
 * A run chart (serieplott): the values month by month, the centre line (dashed), the target
 * (dotted) and the points of a signal marked with a larger ring. The chart only draws; the rows
 * come shaped from `runChartRows`.
 */
export function RunChart({ rows, decimals, unit, target, label }: RunChartProps) {
  const { t } = useTranslation();
  const format = (value: number) =>
    `${formatNumber(value, { decimals })}${unit === '%' ? ' %' : ''}`;
  return (
    <figure className="run-chart">
      <div role="img" aria-label={label} className="run-chart__plot">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart
            data={[...rows]}
            margin={{ top: 12, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#d5dce3" vertical={false} />
            <XAxis dataKey="label" stroke="#4a5563" interval="preserveStartEnd" minTickGap={16} />
            <YAxis
              stroke="#4a5563"
              domain={valueDomain(rows, target)}
              tickFormatter={format}
              width={72}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
            />
            <Line
              type="linear"
              dataKey="median"
              name={t('evaluation.chart.median')}
              stroke="#8a4b08"
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="value"
              name={t('evaluation.chart.value')}
              stroke="#1f4e79"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
            <Scatter
              dataKey="signal"
              name={t('evaluation.chart.signal')}
              fill="none"
              stroke="#b00020"
              strokeWidth={2}
              shape="circle"
              isAnimationActive={false}
            />
            {target !== null && target !== undefined ? (
              <ReferenceLine
                y={target}
                stroke="#2e7d32"
                strokeDasharray="2 3"
                label={{ value: t('evaluation.chart.target'), position: 'insideTopRight' }}
              />
            ) : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="run-chart__legend">
        <span className="run-chart__key run-chart__key--value">{t('evaluation.chart.value')}</span>
        <span className="run-chart__key run-chart__key--median">
          {t('evaluation.chart.median')}
        </span>
        <span className="run-chart__key run-chart__key--signal">
          {t('evaluation.chart.signal')}
        </span>
        {target !== null && target !== undefined ? (
          <span className="run-chart__key run-chart__key--target">
            {t('evaluation.chart.target')}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
