import type { Measure } from '@web/gql/graphql';
import { visibleValue, type FigureLike } from './figure';

/** Coverage bands, each with its own colour and legend entry. */
export type CoverageBand = 'none' | 'hidden' | 'low' | 'medium' | 'high' | 'full';

/** Lower bounds of the bands (coverage as a share): under half, under 80 %, under 100 %, met. */
export const BAND_LIMITS = { medium: 0.5, high: 0.8, full: 1 } as const;

export const LEGEND_BANDS: readonly CoverageBand[] = ['low', 'medium', 'high', 'full', 'hidden'];

export function coverageBand(coverage: FigureLike | null | undefined): CoverageBand {
  if (!coverage) return 'none';
  if (coverage.suppressed) return 'hidden';
  const value = coverage.value;
  if (value === null) return 'none';
  if (value >= BAND_LIMITS.full) return 'full';
  if (value >= BAND_LIMITS.high) return 'high';
  if (value >= BAND_LIMITS.medium) return 'medium';
  return 'low';
}

/** A heatmap cell from the API: one scope part × competence × measure. */
export interface HeatmapSourceCell {
  scopeId: string;
  competenceId: string;
  measure: Measure;
  required: number;
  gap: FigureLike;
  coverage: FigureLike;
}

export interface HeatmapSource {
  rows: ReadonlyArray<{ id: string; name: string }>;
  competences: ReadonlyArray<{ id: string; name: string }>;
  cells: readonly HeatmapSourceCell[];
  totals: readonly HeatmapSourceCell[];
}

export interface HeatmapCell {
  band: CoverageBand;
  /** Coverage as a share; null when hidden or where nothing is required. */
  coverage: number | null;
  /** null where nothing is required. */
  required: number | null;
  gap: number | null;
  /** Why it is hidden, when it is. */
  reason: string | null;
  /** Built from rounded counts: shown as "≈ 80 %". */
  rounded: boolean;
}

export interface HeatmapLine {
  key: string;
  competenceId: string;
  name: string;
  measure: Measure;
  /** One per column, in the order of `columns`. */
  cells: HeatmapCell[];
  /** The whole scope. */
  total: HeatmapCell;
}

export interface HeatmapMatrix {
  /** Municipalities or units, as the API orders them. */
  columns: Array<{ id: string; name: string }>;
  lines: HeatmapLine[];
}

const EMPTY_CELL: HeatmapCell = {
  band: 'none',
  coverage: null,
  required: null,
  gap: null,
  reason: null,
  rounded: false,
};

function toCell(source: HeatmapSourceCell | undefined): HeatmapCell {
  if (!source) return EMPTY_CELL;
  const band = coverageBand(source.coverage);
  return {
    band,
    coverage: visibleValue(source.coverage),
    required: source.required,
    gap: visibleValue(source.gap),
    reason: band === 'hidden' ? (source.coverage.reason ?? source.gap.reason ?? null) : null,
    rounded: !!source.coverage.rounded,
  };
}

/**
 * Competences down, scope parts (municipalities or units) across: long competence names
 * read better as row headings, and there are usually fewer parts than competences. A
 * competence asked for both in people and in årsverk gets a line for each; competences
 * keep the API's order (area, name).
 */
export function heatmapMatrix(source: HeatmapSource): HeatmapMatrix {
  const index = (cells: readonly HeatmapSourceCell[]) =>
    new Map(cells.map((cell) => [`${cell.scopeId}|${cell.competenceId}|${cell.measure}`, cell]));
  const cells = index(source.cells);
  const totalsByLine = new Map(
    source.totals.map((cell) => [`${cell.competenceId}|${cell.measure}`, cell]),
  );
  const lines: HeatmapLine[] = [];
  for (const competence of source.competences) {
    for (const measure of ['HEADCOUNT', 'FTE'] as const) {
      const key = `${competence.id}|${measure}`;
      const total = totalsByLine.get(key);
      const any = source.rows.some((row) => cells.has(`${row.id}|${key}`));
      if (!total && !any) continue;
      lines.push({
        key,
        competenceId: competence.id,
        name: competence.name,
        measure,
        cells: source.rows.map((row) => toCell(cells.get(`${row.id}|${key}`))),
        total: toCell(total),
      });
    }
  }
  return { columns: source.rows.map(({ id, name }) => ({ id, name })), lines };
}
