import type { Horizon, Measure, Priority } from '@web/gql/graphql';
import { visibleValue, type FigureLike } from './figure';
import { HORIZONS, PRIORITIES } from './gap-filters';

/** A scope's total for one competence, measure and horizon (a `GapRollUp`). */
export interface GapTotal {
  competenceId: string;
  competence: { name: string };
  measure: Measure;
  horizon: Horizon;
  priority: Priority;
  required: number;
  gap: FigureLike;
  covered: FigureLike;
  coverage: FigureLike;
}

/** One horizon of one competence: what is required and how much of it is met. */
export interface BarCell {
  required: number;
  /** null when hidden. */
  gap: number | null;
  covered: number | null;
  coverage: number | null;
  hidden: boolean;
  reason: string | null;
  /** Built from rounded counts: shown as "≈ 3". */
  rounded: boolean;
}

export interface BarRow {
  key: string;
  competenceId: string;
  name: string;
  measure: Measure;
  /** The most urgent priority at any horizon. */
  priority: Priority;
  /** A horizon is missing where no requirement applies then (e.g. a need in three years). */
  cells: Partial<Record<Horizon, BarCell>>;
}

export interface BarGroup {
  measure: Measure;
  rows: BarRow[];
}

const MEASURES: readonly Measure[] = ['HEADCOUNT', 'FTE'];
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

function cellOf(total: GapTotal): BarCell {
  const gap = visibleValue(total.gap);
  const hidden = total.gap.suppressed;
  // "covered" shares the gap's fate; derive it if only the gap came through.
  const covered = hidden ? null : (visibleValue(total.covered) ?? total.required - (gap ?? 0));
  return {
    required: total.required,
    gap,
    covered,
    coverage: visibleValue(total.coverage),
    hidden,
    reason: hidden ? (total.gap.reason ?? null) : null,
    rounded: !!total.gap.rounded,
  };
}

/** The largest gap that is shown at any horizon; null when every gap is hidden. */
export function largestVisibleGap(row: BarRow): number | null {
  const gaps = HORIZONS.map((horizon) => row.cells[horizon]?.gap).filter(
    (gap): gap is number => gap !== null && gap !== undefined,
  );
  return gaps.length > 0 ? Math.max(...gaps) : null;
}

/**
 * Per measure (people and årsverk are never drawn on one axis), a row per competence with
 * its horizons side by side. Biggest gaps first (the largest gap at any horizon), then the
 * more urgent priority, then the name; a row whose gaps are all hidden comes last, so its
 * place does not hint at its size.
 */
export function gapBarGroups(totals: readonly GapTotal[]): BarGroup[] {
  const rows = new Map<string, BarRow>();
  for (const total of totals) {
    const key = `${total.competenceId}|${total.measure}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        competenceId: total.competenceId,
        name: total.competence.name,
        measure: total.measure,
        priority: total.priority,
        cells: {},
      };
      rows.set(key, row);
    }
    if (PRIORITIES.indexOf(total.priority) < PRIORITIES.indexOf(row.priority)) {
      row.priority = total.priority;
    }
    row.cells[total.horizon] = cellOf(total);
  }
  return MEASURES.map((measure) => ({
    measure,
    rows: [...rows.values()].filter((row) => row.measure === measure).sort(compareRows),
  })).filter((group) => group.rows.length > 0);
}

function compareRows(a: BarRow, b: BarRow): number {
  const gapA = largestVisibleGap(a);
  const gapB = largestVisibleGap(b);
  if (gapA === null || gapB === null) {
    if (gapA !== gapB) return gapA === null ? 1 : -1;
  } else if (gapA !== gapB) {
    return gapB - gapA;
  }
  const byPriority = PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
  return byPriority || collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
}

/** The three segments of one horizon's stack; covered + gap, or hidden, is what is required. */
export interface BarSegments {
  covered: number;
  gap: number;
  hidden: number;
}

/** One row of the bar chart: a stack per horizon. */
export interface BarDatum extends Record<Horizon, BarSegments> {
  key: string;
  name: string;
}

/** A segment's data key for Recharts, which reads `NOW.gap` as a path into the datum. */
export function segmentKey(horizon: Horizon, part: keyof BarSegments): string {
  return `${horizon}.${part}`;
}

/**
 * Shapes rows for Recharts: each horizon is a stack of what is covered and the gap (their
 * sum is what is required); where the figures are hidden the whole requirement is one
 * "hidden" segment, so the bar still shows how much is asked for but not how much is met.
 * A horizon where nothing is required draws nothing.
 */
export function barChartData(rows: readonly BarRow[]): BarDatum[] {
  return rows.map((row) => {
    const segments = (horizon: Horizon): BarSegments => {
      const cell = row.cells[horizon];
      if (!cell) return { covered: 0, gap: 0, hidden: 0 };
      if (cell.hidden) return { covered: 0, gap: 0, hidden: cell.required };
      return { covered: cell.covered ?? 0, gap: cell.gap ?? 0, hidden: 0 };
    };
    return {
      key: row.key,
      name: row.name,
      NOW: segments('NOW'),
      ONE_YEAR: segments('ONE_YEAR'),
      THREE_YEARS: segments('THREE_YEARS'),
    };
  });
}
