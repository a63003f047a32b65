import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { formatInteger, formatNumber } from '@web/shared/format';
import { shortLabel, type ChartSeries } from '../utils/statistics-series';

interface FigureBarChartProps {
  series: ChartSeries;
  /** Describes the chart; the table beside it holds the same figures for everyone. */
  caption: string;
  unit?: 'people' | 'percent';
}

const ROW_HEIGHT = 36;

/**
 * Horizontal bars for the visible figures. It only draws: the figures are
 * shaped in utils/ and the table under it is the accessible alternative, so
 * the drawing itself is hidden from screen readers. Each bar carries its
 * value as text, so colour is never the only carrier of meaning.
 */
export function FigureBarChart({ series, caption, unit = 'people' }: FigureBarChartProps) {
  const { t } = useTranslation();
  const format = (value: unknown) =>
    unit === 'percent'
      ? `${formatNumber(Number(value), { decimals: 1 })} %`
      : formatInteger(Number(value));
  const notes = [
    series.hiddenCount > 0
      ? t('appraisals.figures.chartHidden', { count: series.hiddenCount })
      : null,
    series.omittedCount > 0
      ? t('appraisals.figures.chartOmitted', { count: series.omittedCount })
      : null,
  ].filter(Boolean);
  return (
    <figure className="chart">
      {series.bars.length > 0 ? (
        <div className="chart__plot" aria-hidden="true">
          <BarChart
            layout="vertical"
            data={series.bars}
            responsive
            accessibilityLayer={false}
            style={{ width: '100%', height: series.bars.length * ROW_HEIGHT + 40 }}
            margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          >
            <XAxis
              type="number"
              allowDecimals={false}
              domain={unit === 'percent' ? [0, 100] : [0, 'auto']}
              tickFormatter={format}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={200}
              interval={0}
              tickFormatter={(label: string) => shortLabel(label)}
            />
            <Bar dataKey="value" fill="#1a5a96" isAnimationActive={false}>
              <LabelList dataKey="value" position="right" formatter={format} fill="#1f2933" />
            </Bar>
          </BarChart>
        </div>
      ) : null}
      <figcaption className="chart__caption">
        {caption}
        {notes.length > 0 ? ` ${notes.join(' ')}` : ''}
      </figcaption>
    </figure>
  );
}
