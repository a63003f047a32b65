import type { AppraisalProgressQuery } from '@web/gql/graphql';

type ProgressRow = AppraisalProgressQuery['appraisalProgress'][number];
export type PendingAppraisal = ProgressRow['pending'][number];

/**
 * Whom to offer next after a talk is signed: someone still pending in the same cycle, from the
 * signed person's own unit first, then the user's other scopes, each in the order the API lists
 * them (the order to hold them: begun drafts, then who waited longest); null when nobody is left.
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
  return candidates.find((p) => p.employee.unit.id === signed.unitId) ?? candidates[0] ?? null;
}
