import type { SeriesFieldsFragment } from '@web/gql/graphql';

/** One point as the chart draws it: the value, the centre line, and the value again if it is part of a signal. */
export interface RunChartRow {
  period: string;
  label: string;
  value: number | null;
  median: number | null;
  signal: number | null;
  inBaseline: boolean;
}

/** "2026-08" → "aug. 2026" with the short month names of the user's language. */
export function formatPeriod(period: string, shortMonthNames: readonly string[]): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const name = match ? shortMonthNames[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : period;
}

/**
 * The chart's rows in month order. The centre line is drawn across every point (the median
 * of the baseline period frozen and extended, or the baseline value); points that make a
 * signal are repeated in `signal` so the chart can mark them.
 */
export function runChartRows(
  series: Pick<SeriesFieldsFragment, 'points' | 'median'>,
  shortMonthNames: readonly string[],
): RunChartRow[] {
  return series.points.map((point) => ({
    period: point.period,
    label: formatPeriod(point.period, shortMonthNames),
    value: point.value ?? null,
    median: series.median ?? null,
    signal:
      point.inSignal && point.value !== null && point.value !== undefined ? point.value : null,
    inBaseline: point.inBaseline,
  }));
}

/** The value axis: from 0 for shares and counts, with room above the highest point or target. */
export function valueDomain(
  rows: readonly RunChartRow[],
  target: number | null | undefined,
): [number, number] {
  const values = rows.flatMap((r) => [r.value, r.median]).filter((v): v is number => v !== null);
  if (target !== null && target !== undefined) values.push(target);
  if (values.length === 0) return [0, 1];
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  const room = max === min ? 1 : (max - min) * 0.1;
  return [min, Math.ceil((max + room) * 10) / 10];
}
