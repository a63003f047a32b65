import { formatNumber } from '@web/shared/format';

export type KostraKind = 'MUNICIPALITY' | 'REGION' | 'KOSTRA_GROUP' | 'COUNTY' | 'COUNTRY';

export interface KostraPointLike {
  year: number;
  value: number | null;
  status: string | null;
  basis: number | null;
}

export interface KostraSeriesLike {
  kind: KostraKind;
  points: KostraPointLike[];
}

/** One row per year for the chart: a key per series kind, null where there is no figure. */
export function chartRows(
  years: readonly number[],
  series: readonly KostraSeriesLike[],
): Array<Record<string, number | null>> {
  return years.map((year) => {
    const row: Record<string, number | null> = { year };
    for (const s of series) row[s.kind] = s.points.find((p) => p.year === year)?.value ?? null;
    return row;
  });
}

/** A figure with the indicator's decimals (Norwegian), or SSB's symbol where it is missing. */
export function formatKostraValue(
  point: Pick<KostraPointLike, 'value' | 'status'> | undefined,
  decimals: number | null,
): string {
  if (!point) return formatNumber(null);
  if (point.value === null) return point.status ?? formatNumber(null);
  return formatNumber(point.value, { decimals: decimals ?? 1 });
}
