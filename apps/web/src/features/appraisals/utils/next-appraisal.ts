import type { AppraisalProgressQuery } from '@web/gql/graphql';

type ProgressRow = AppraisalProgressQuery['appraisalProgress'][number];
export type PendingAppraisal = ProgressRow['pending'][number];

/**
 * Whom to offer next after a talk is signed: someone still pending in the same cycle, from the
 * signed person's own unit first, then the user's other scopes, in the order the API lists
 * them (a draft already begun before one not started); null when nobody is left.
 */
export function nextPendingAppraisal(
  rows: readonly ProgressRow[],
  cycleId: string,
  signed: { employeeId: string; unitId: string },
): PendingAppraisal | null {
  const candidates = rows
    .filter((row) => row.cycle.id === cycleId)
    .flatMap((row) => row.pending)
    .filter((pending) => pending.employeeId !== signed.employeeId);
  const rank = (p: PendingAppraisal) =>
    (p.employee.unit.id === signed.unitId ? 0 : 2) + (p.status === 'DRAFT' ? 0 : 1);
  let best: PendingAppraisal | null = null;
  for (const candidate of candidates) {
    if (!best || rank(candidate) < rank(best)) best = candidate;
  }
  return best;
}
