import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { Measure } from '@web/gql/graphql';
import { formatPercent } from '@web/shared/format';
import { formatAmount } from '../utils/amount';
import { barChartData, segmentKey, type BarRow } from '../utils/gap-bars';
import { HORIZONS } from '../utils/gap-filters';
import {
  ChartPatterns,
  HIDDEN_COLOR,
  HORIZON_COLORS,
  Swatch,
  svgId,
  truncate,
} from './chart-patterns';

interface GapBarsChartProps {
  rows: readonly BarRow[];
  measure: Measure;
}

const ROW_HEIGHT = 46;
const AXIS_HEIGHT = 40;

/**
 * Gap against what is required per competence, the three horizons side by side: each bar's
 * length is what is required, its solid part what is met and its hatched part the gap.
 * The chart only draws; the rows come shaped from `gapBarGroups`.
 */
export function GapBarsChart({ rows, measure }: GapBarsChartProps) {
  const { t } = useTranslation();
  const idPrefix = svgId(useId(), 'bars');
  const data = barChartData(rows);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const amount = (value: number) => formatAmount(value, measure);

  return (
    <figure className="gap-chart">
      <div
        role="img"
        aria-label={t('gaps.bars.chartLabel', {
          count: rows.length,
          measure: t(`gaps.measure.${measure}`),
        })}
        className="gap-chart__plot"
      >
        <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + AXIS_HEIGHT}>
          <BarChart
            data={data}
            layout="vertical"
            barGap={1}
            barCategoryGap="18%"
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <defs>
              <ChartPatterns idPrefix={idPrefix} />
            </defs>
            <CartesianGrid horizontal={false} stroke="#d5dce3" />
            <XAxis
              type="number"
              tickFormatter={amount}
              allowDecimals={measure === 'FTE'}
              stroke="#4a5563"
            />
            <YAxis
              type="category"
              dataKey="name"
              width={230}
              interval={0}
              stroke="#4a5563"
              tick={({ x, y, payload }: YAxisTickContentProps) => (
                <text x={x} y={y} dy={4} textAnchor="end" fill="#1f2933" fontSize={12}>
                  <title>{String(payload.value)}</title>
                  {truncate(String(payload.value), 32)}
                </text>
              )}
            />
            <Tooltip
              cursor={{ fill: '#f4f6f8' }}
              content={({ active, payload }) => {
                const key = (payload?.[0]?.payload as { key?: string } | undefined)?.key;
                const row = key ? byKey.get(key) : undefined;
                if (!active || !row) return null;
                return (
                  <div className="gap-tooltip">
                    <p className="gap-tooltip__title">{row.name}</p>
                    <ul>
                      {HORIZONS.map((horizon) => {
                        const cell = row.cells[horizon];
                        return (
                          <li key={horizon}>
                            {t(`gaps.horizon.${horizon}`)}:{' '}
                            {!cell
                              ? t('gaps.bars.notRequired')
                              : cell.hidden
                                ? t('gaps.bars.tooltipHidden', { required: amount(cell.required) })
                                : t('gaps.bars.tooltip', {
                                    required: amount(cell.required),
                                    gap: amount(cell.gap ?? 0),
                                    coverage: formatPercent(cell.coverage),
                                  })}
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                );
              }}
            />
            {HORIZONS.flatMap((horizon) => [
              <Bar
                key={`${horizon}-covered`}
                dataKey={segmentKey(horizon, 'covered')}
                stackId={horizon}
                fill={HORIZON_COLORS[horizon]}
                fillOpacity={0.35}
                isAnimationActive={false}
              />,
              <Bar
                key={`${horizon}-gap`}
                dataKey={segmentKey(horizon, 'gap')}
                stackId={horizon}
                fill={`url(#${idPrefix}-gap-${horizon})`}
                isAnimationActive={false}
              />,
              <Bar
                key={`${horizon}-hidden`}
                dataKey={segmentKey(horizon, 'hidden')}
                stackId={horizon}
                fill={`url(#${idPrefix}-hidden)`}
                isAnimationActive={false}
              />,
            ])}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="gap-legend">
        <ul className="gap-legend__list">
          {HORIZONS.map((horizon) => (
            <li key={horizon}>
              <Swatch kind="solid" color={HORIZON_COLORS[horizon]} />
              {t(`gaps.bars.legendHorizon.${horizon}`)}
            </li>
          ))}
        </ul>
        <ul className="gap-legend__list">
          <li>
            <Swatch kind="covered" color={HORIZON_COLORS.NOW} />
            {t('gaps.bars.legendCovered')}
          </li>
          <li>
            <Swatch kind="gap" color={HORIZON_COLORS.NOW} />
            {t('gaps.bars.legendGap')}
          </li>
          <li>
            <Swatch kind="hidden" color={HIDDEN_COLOR} />
            {t('gaps.bars.legendHidden')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
