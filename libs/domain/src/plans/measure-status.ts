// A measure's life: planned → open for sign-up → running → completed, or cancelled on the way.

import type { FieldProblem } from '../input-rules';

export type MeasureStatus = 'PLANNED' | 'OPEN' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';

export const MEASURE_STATUS_NAMES: Record<MeasureStatus, string> = {
  PLANNED: 'planlagt',
  OPEN: 'åpen for påmelding',
  RUNNING: 'pågår',
  COMPLETED: 'fullført',
  CANCELLED: 'avlyst',
};

/**
 * Where a measure may go from each status. A step back is allowed where a leader may have
 * pressed too early (open → planned, running → open). Completed is final: completion documents
 * the participants' competence. A cancelled measure can only be taken up again as planned, so
 * it is never completed or opened by one careless click.
 */
const TRANSITIONS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  PLANNED: ['OPEN', 'RUNNING', 'CANCELLED'],
  OPEN: ['PLANNED', 'RUNNING', 'CANCELLED'],
  RUNNING: ['OPEN', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: ['PLANNED'],
};

export function allowedMeasureTransitions(from: MeasureStatus): readonly MeasureStatus[] {
  return TRANSITIONS[from];
}

/** Null when the measure may go from `from` to `to`; otherwise the problem, in Norwegian. */
export function measureTransitionProblem(
  from: MeasureStatus,
  to: MeasureStatus,
): FieldProblem | null {
  if (from === to || TRANSITIONS[from].includes(to)) return null;
  const allowed = TRANSITIONS[from].map((status) => `«${MEASURE_STATUS_NAMES[status]}»`);
  const message =
    from === 'CANCELLED' && to === 'COMPLETED'
      ? 'Et avlyst tiltak kan ikke fullføres. Sett det til «planlagt» først hvis det likevel skal gjennomføres'
      : `Et tiltak som er «${MEASURE_STATUS_NAMES[from]}», kan ikke settes til «${MEASURE_STATUS_NAMES[to]}»` +
        (allowed.length > 0 ? ` (bare ${allowed.join(', ')})` : ' (statusen er endelig)');
  return { field: 'status', code: 'STATUS_NOT_ALLOWED', message };
}
