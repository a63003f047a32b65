import type { ProtectedCount } from '@kp/domain';
import type { AppraisalFigure } from './models/appraisal-statistics.model';

// The API's edge for appraisal figures: a count becomes the GraphQL `AppraisalFigure`, whose
// `suppressed`/`reason` fields are kept for older clients. The share of signed-off talks is a
// domain rule (@kp/domain, completionFigures).

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
