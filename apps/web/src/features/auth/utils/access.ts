import type { CurrentUserFragment, Role } from '@web/gql/graphql';

export type CurrentUser = CurrentUserFragment;

/**
 * What the web app offers a signed-in user. The API decides what a caller may
 * do; these only hide what it would refuse anyway (DESIGN.md: "the web app
 * only hides what the server already refuses").
 */
export type Capability =
  /** The employee list and profiles: personal data, unit leaders and HR only. */
  | 'employees'
  /** Recording and confirming assessments (leaders and HR, in their scope). */
  | 'recordAssessments'
  /** The competence catalogue: every signed-in role. */
  | 'catalogue'
  /** Creating and editing catalogue entries: the catalogue is regional. */
  | 'editCatalogue'
  /** Importing employees and qualifications from the HR system. */
  | 'import'
  /** Users, role assignments and region settings: the region's administrator. */
  | 'administration'
  /** The audit log: the whole region for the administrator, own municipality for HR. */
  | 'auditLog'
  /** The competence gap (aggregates; small groups hidden by the API): every signed-in role. */
  | 'gaps'
  /** Competence requirements: everyone reads them; the API decides who changes which. */
  | 'requirements'
  /** Action plans and measures: everyone reads them (names hidden from the board); the API decides who plans what. */
  | 'plans'
  /** Indicators, run charts and the September view: everyone; the API scopes entering. */
  | 'evaluation'
  /** KOSTRA comparisons (published statistics and aggregates): every signed-in role. */
  | 'kostra'
  /** Importing KOSTRA figures: the regional coordinator and the administrator. */
  | 'importKostra';

const ROLES_BY_CAPABILITY: Record<Capability, readonly Role[]> = {
  employees: ['UNIT_LEADER', 'MUNICIPALITY_HR'],
  recordAssessments: ['UNIT_LEADER', 'MUNICIPALITY_HR'],
  catalogue: [
    'UNIT_LEADER',
    'MUNICIPALITY_HR',
    'REGIONAL_COORDINATOR',
    'BOARD_MEMBER',
    'REGION_ADMIN',
  ],
  editCatalogue: ['REGIONAL_COORDINATOR', 'REGION_ADMIN'],
  import: ['MUNICIPALITY_HR'],
  administration: ['REGION_ADMIN'],
  auditLog: ['REGION_ADMIN', 'MUNICIPALITY_HR'],
  gaps: ['UNIT_LEADER', 'MUNICIPALITY_HR', 'REGIONAL_COORDINATOR', 'BOARD_MEMBER', 'REGION_ADMIN'],
  requirements: [
    'UNIT_LEADER',
    'MUNICIPALITY_HR',
    'REGIONAL_COORDINATOR',
    'BOARD_MEMBER',
    'REGION_ADMIN',
  ],
  plans: ['UNIT_LEADER', 'MUNICIPALITY_HR', 'REGIONAL_COORDINATOR', 'BOARD_MEMBER', 'REGION_ADMIN'],
  evaluation: [
    'UNIT_LEADER',
    'MUNICIPALITY_HR',
    'REGIONAL_COORDINATOR',
    'BOARD_MEMBER',
    'REGION_ADMIN',
  ],
  kostra: [
    'UNIT_LEADER',
    'MUNICIPALITY_HR',
    'REGIONAL_COORDINATOR',
    'BOARD_MEMBER',
    'REGION_ADMIN',
  ],
  importKostra: ['REGIONAL_COORDINATOR', 'REGION_ADMIN'],
};

export function hasAnyRole(user: CurrentUser | null | undefined, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((assignment) => roles.includes(assignment.role));
}

export function can(user: CurrentUser | null | undefined, capability: Capability): boolean {
  return hasAnyRole(user, ROLES_BY_CAPABILITY[capability]);
}

/** Municipalities where the user is HR: where they may import and add qualifications. */
export function hrMunicipalityIds(user: CurrentUser | null | undefined): string[] {
  if (!user) return [];
  const ids = user.roles
    .filter((assignment) => assignment.role === 'MUNICIPALITY_HR' && assignment.municipalityId)
    .map((assignment) => assignment.municipalityId as string);
  return [...new Set(ids)];
}

export function isHrFor(user: CurrentUser | null | undefined, municipalityId: string): boolean {
  return hrMunicipalityIds(user).includes(municipalityId);
}

/** Adding units: HR in that municipality, or the region's administrator. */
export function canAddUnitsIn(
  user: CurrentUser | null | undefined,
  municipalityId: string,
): boolean {
  return hasAnyRole(user, ['REGION_ADMIN']) || isHrFor(user, municipalityId);
}

/** Where the user may see personal data: whole municipalities (HR) and unit subtrees (leaders). */
export interface PersonalDataScope {
  municipalityIds: string[];
  unitIds: string[];
}

export function personalDataScope(user: CurrentUser | null | undefined): PersonalDataScope {
  const unitIds = (user?.roles ?? [])
    .filter((assignment) => assignment.role === 'UNIT_LEADER' && assignment.unitId)
    .map((assignment) => assignment.unitId as string);
  return { municipalityIds: hrMunicipalityIds(user), unitIds: [...new Set(unitIds)] };
}
