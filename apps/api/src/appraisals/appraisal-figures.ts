import type { ProtectedCount } from '@kp/domain';
import type { AppraisalFigure } from './models/appraisal-statistics.model';

/** A number of people: exact, or a sum of randomly rounded groups (docs/appraisals.md). */
export function appraisalFigure(value: number, rounded: boolean): AppraisalFigure {
  return { value, suppressed: false, reasonCode: null, reason: null, rounded };
}

/** Figures for callers who may see the people behind them. */
export function exactFigure(value: number): AppraisalFigure {
  return appraisalFigure(value, false);
}

export function protectedFigure(count: ProtectedCount): AppraisalFigure {
  return appraisalFigure(count.count, count.rounded);
}

export interface CompletionFigures {
  employees: AppraisalFigure;
  completed: AppraisalFigure;
  completedShare: number | null;
}

/** Employees, signed-off talks and their share (null without employees). */
export function completionFigures(
  employees: AppraisalFigure,
  completed: AppraisalFigure,
): CompletionFigures {
  return {
    employees,
    completed,
    completedShare:
      employees.value === null || completed.value === null || employees.value === 0
        ? null
        : completed.value / employees.value,
  };
}
