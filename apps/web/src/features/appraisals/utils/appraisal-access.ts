import { hasAnyRole, hrMunicipalityIds, type CurrentUser } from '@web/features/auth';
import type { Role } from '@web/gql/graphql';
import { appraisalsPath, appraisalStatisticsPath } from './appraisal-paths';

/**
 * What the appraisal pages offer each role, mirroring the API's policy
 * (apps/api/src/appraisals/appraisals.policy.ts): the web app only hides what
 * the server refuses anyway.
 */
export type AppraisalAccess =
  /** Progress, the form, the printable summary: personal data, leaders and HR. */
  | 'records'
  /** Aggregates: the planning roles, suppressed where they lack personal-data access. */
  | 'statistics'
  /** The directory of people who can teach: those who arrange teaching. */
  | 'directory';

const ROLES: Record<AppraisalAccess, readonly Role[]> = {
  records: ['UNIT_LEADER', 'MUNICIPALITY_HR'],
  statistics: ['UNIT_LEADER', 'MUNICIPALITY_HR', 'REGIONAL_COORDINATOR', 'BOARD_MEMBER'],
  directory: ['UNIT_LEADER', 'MUNICIPALITY_HR', 'REGIONAL_COORDINATOR'],
};

export function canUseAppraisals(
  user: CurrentUser | null | undefined,
  access: AppraisalAccess,
): boolean {
  return hasAnyRole(user, ROLES[access]);
}

/** Municipalities whose cycles the user may create and edit (HR only). */
export function cycleMunicipalityIds(user: CurrentUser | null | undefined): string[] {
  return hrMunicipalityIds(user);
}

/**
 * Where the main menu's "Medarbeidersamtaler" leads: the progress for those
 * who hold the talks, the aggregates for the other planning roles, nowhere
 * (no menu entry) for the rest.
 */
export function appraisalMenuTarget(user: CurrentUser | null | undefined): string | null {
  if (canUseAppraisals(user, 'records')) return appraisalsPath();
  if (canUseAppraisals(user, 'statistics')) return appraisalStatisticsPath();
  return null;
}

/** The pages of the feature the user may open, in the order of its own sub-menu. */
export function appraisalSections(
  user: CurrentUser | null | undefined,
): Array<'progress' | 'statistics' | 'directory'> {
  const sections: Array<'progress' | 'statistics' | 'directory'> = [];
  if (canUseAppraisals(user, 'records')) sections.push('progress');
  if (canUseAppraisals(user, 'statistics')) sections.push('statistics');
  if (canUseAppraisals(user, 'directory')) sections.push('directory');
  return sections;
}
