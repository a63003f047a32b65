import { SuppressedCell, suppressCell, suppressList, suppressTable } from '@kp/domain';
import { suppressionReasonText } from '../common/suppression-text';
import type { AppraisalFigure } from './models/appraisal-statistics.model';

/** Figures for callers who may see the people behind them: nothing hidden. */
export function exactFigure(value: number): AppraisalFigure {
  return { value, suppressed: false, reasonCode: null, reason: null };
}

export function toFigure(cell: SuppressedCell, k: number): AppraisalFigure {
  return {
    value: cell.value,
    suppressed: cell.suppressed,
    reasonCode: cell.reason,
    reason: cell.reason ? suppressionReasonText(cell.reason, k) : null,
  };
}

/** One figure with nothing beside it to subtract from (a topic, a wish, a way). */
export function figure(value: number, exact: boolean, k: number): AppraisalFigure {
  return exact ? exactFigure(value) : toFigure(suppressCell(value, { k }), k);
}

export interface CompletionCounts {
  employees: number;
  completed: number;
}

export interface CompletionFigures {
  employees: AppraisalFigure;
  completed: AppraisalFigure;
  completedShare: number | null;
}

function share(employees: AppraisalFigure, completed: AppraisalFigure): number | null {
  if (employees.value === null || completed.value === null || employees.value === 0) return null;
  return completed.value / employees.value;
}

/**
 * Employees and signed-off talks per row with the totals. Completed and not completed add up
 * to the employees, so the table is rows × [completed, not completed] and its row totals are
 * the employees: a hidden "completed" can then not be recomputed as employees minus the rest.
 */
export function completionFigures(
  rows: readonly CompletionCounts[],
  exact: boolean,
  k: number,
): { rows: CompletionFigures[]; total: CompletionFigures } {
  const withShare = (employees: AppraisalFigure, completed: AppraisalFigure) => ({
    employees,
    completed,
    completedShare: share(employees, completed),
  });
  const totalEmployees = rows.reduce((sum, row) => sum + row.employees, 0);
  const totalCompleted = rows.reduce((sum, row) => sum + row.completed, 0);
  if (exact) {
    return {
      rows: rows.map((row) => withShare(exactFigure(row.employees), exactFigure(row.completed))),
      total: withShare(exactFigure(totalEmployees), exactFigure(totalCompleted)),
    };
  }
  if (rows.length <= 1) {
    const list = suppressList([totalCompleted, totalEmployees - totalCompleted], { k });
    const total = withShare(toFigure(list.total, k), toFigure(list.cells[0], k));
    return { rows: rows.map(() => total), total };
  }
  const table = suppressTable(
    rows.map((row) => [row.completed, row.employees - row.completed]),
    { k },
  );
  return {
    rows: rows.map((_, index) =>
      withShare(toFigure(table.rowTotals[index], k), toFigure(table.cells[index][0], k)),
    ),
    total: withShare(toFigure(table.grandTotal, k), toFigure(table.columnTotals[0], k)),
  };
}
