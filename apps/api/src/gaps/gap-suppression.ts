import {
  isBelowK,
  suppressCell,
  suppressList,
  suppressTable,
  type SuppressedCell,
  type SuppressionReason as DomainReason,
} from '@kp/domain';
import { suppressionReasonText } from '../common/suppression-text';
import type { Figure } from './models/figure.model';
import { SuppressionReason } from './models/figure.model';

/**
 * Small-group suppression as the API applies it (docs/gap-analysis.md, "Privacy"), on top of
 * the domain's suppressCell / suppressList / suppressTable:
 *
 * - A figure the caller could see person by person anyway (their own units or municipality)
 *   is never hidden. In a line it enters with count 0, so it is neither hidden nor picked as
 *   a complementary cell, and a total counts only the people the caller cannot see: a total
 *   whose unknown part is a small group is hidden, since the caller could subtract the rest.
 * - Counts are numbers of distinct employees, or a lower bound of it (see the service).
 */

/** Whether one figure (or a row of figures sharing one decision) is hidden, and why. */
export interface Decision {
  suppressed: boolean;
  reason: DomainReason | null;
}

export const VISIBLE: Decision = { suppressed: false, reason: null };

const REASON_CODES: Record<DomainReason, SuppressionReason> = {
  FEWER_THAN_K: SuppressionReason.FEWER_THAN_K,
  COMPLEMENTARY: SuppressionReason.COMPLEMENTARY,
};

export function figure(value: number | null, decision: Decision, k: number): Figure {
  if (!decision.suppressed) return { value, suppressed: false, reason: null, reasonCode: null };
  const reason = decision.reason ?? 'FEWER_THAN_K';
  return {
    value: null,
    suppressed: true,
    reason: suppressionReasonText(reason, k),
    reasonCode: REASON_CODES[reason],
  };
}

function decisionOf(cell: SuppressedCell): Decision {
  return { suppressed: cell.suppressed, reason: cell.reason };
}

export interface LineCell {
  /** What is added up along the line (e.g. the gap). */
  value: number;
  /** Employees the cell is built on. */
  count: number;
  /** The caller may see these people anyway. */
  known: boolean;
}

/**
 * A line of cells with its total (e.g. the municipalities of the region for one competence,
 * and the region). `totalCount`, when given, is a lower bound of the distinct people behind
 * the total that the caller cannot see, used when cells overlap (a unit's own requirements
 * count the people of its sub-units too) and the sum of the cells would overstate it.
 */
export function suppressLine(
  cells: readonly LineCell[],
  options: { k: number; totalKnown: boolean; totalCount?: number },
): { cells: Decision[]; total: Decision } {
  if (options.totalKnown) return { cells: cells.map(() => VISIBLE), total: VISIBLE };
  const result = suppressList(
    cells.map((cell) => ({ value: cell.value, count: cell.known ? 0 : cell.count })),
    { k: options.k },
  );
  const total = decisionOf(result.total);
  if (
    !total.suppressed &&
    options.totalCount !== undefined &&
    isBelowK(options.totalCount, options.k)
  ) {
    total.suppressed = true;
    total.reason = 'FEWER_THAN_K';
  }
  return { cells: result.cells.map(decisionOf), total };
}

/** One figure on its own. */
export function suppressOne(count: number, options: { k: number; known: boolean }): Decision {
  if (options.known) return VISIBLE;
  return decisionOf(suppressCell({ value: count, count }, { k: options.k }));
}

/**
 * Figures under an earlier retirement age stand beside the main ones, so the people between
 * the two ages can be worked out: both the early group and the difference must be at least k
 * (or empty), unless the caller may see the people anyway.
 */
export function earlyScenarioDecision(
  main: Decision,
  headcounts: ReadonlyArray<{ main: number; early: number }>,
  k: number,
  known: boolean,
): Decision {
  if (main.suppressed || known) return main;
  const small = headcounts.some(
    ({ main: all, early }) => isBelowK(all - early, k) || isBelowK(early, k),
  );
  return small ? { suppressed: true, reason: 'FEWER_THAN_K' } : main;
}

export interface TableCell {
  value: number;
  count: number;
}

/**
 * Rows × columns with row, column and grand totals (e.g. units × months). `known` rows are
 * entered with count 0, as in suppressLine. Totals whose true number of distinct employees
 * (given) is a small group are hidden afterwards, as the domain sums counts and a person can
 * sit in several cells of a row.
 */
export function suppressGrid(
  rows: readonly (readonly TableCell[])[],
  options: {
    k: number;
    knownRows: readonly boolean[];
    allKnown: boolean;
    rowDistinct: readonly number[];
    columnDistinct: readonly number[];
    grandDistinct: number;
  },
): {
  cells: Decision[][];
  rowTotals: Decision[];
  columnTotals: Decision[];
  grandTotal: Decision;
} {
  if (options.allKnown) {
    return {
      cells: rows.map((row) => row.map(() => VISIBLE)),
      rowTotals: rows.map(() => VISIBLE),
      columnTotals: (rows[0] ?? []).map(() => VISIBLE),
      grandTotal: VISIBLE,
    };
  }
  const table = suppressTable(
    rows.map((row, r) =>
      row.map((cell) => ({ value: cell.value, count: options.knownRows[r] ? 0 : cell.count })),
    ),
    { k: options.k },
  );
  const hideIfSmall = (decision: Decision, distinct: number, known: boolean): Decision =>
    !decision.suppressed && !known && isBelowK(distinct, options.k)
      ? { suppressed: true, reason: 'FEWER_THAN_K' }
      : decision;
  return {
    cells: table.cells.map((row) => row.map(decisionOf)),
    rowTotals: table.rowTotals.map((cell, r) =>
      hideIfSmall(decisionOf(cell), options.rowDistinct[r], options.knownRows[r]),
    ),
    columnTotals: table.columnTotals.map((cell, c) =>
      hideIfSmall(decisionOf(cell), options.columnDistinct[c], false),
    ),
    grandTotal: hideIfSmall(decisionOf(table.grandTotal), options.grandDistinct, false),
  };
}
