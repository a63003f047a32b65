import { canSeeHolders, type ScopeMunicipality } from '@web/features/gaps';
import { hasAnyRole, isHrFor, type CurrentUser } from '@web/features/auth';
import type { Role } from '@web/gql/graphql';

/** Roles that plan somewhere (and so may make measures from the gap views). */
export const PLANNING_ROLES: readonly Role[] = [
  'REGIONAL_COORDINATOR',
  'MUNICIPALITY_HR',
  'UNIT_LEADER',
];

/** Where a plan sits (the API's ActionPlan, or a plan about to be created). */
export interface PlanPlace {
  level: 'REGION' | 'MUNICIPALITY' | 'UNIT';
  municipalityId?: string | null;
  unitId?: string | null;
}

/**
 * Who plans for what (docs/plans.md): the regional coordinator the region's programme, HR
 * their municipality's plan and its units' plans, a unit leader the plans of the units they
 * lead and below. Board members and the region's administrator read. The API decides; this
 * only hides buttons it would refuse.
 */
export function mayWritePlan(
  user: CurrentUser | null | undefined,
  place: PlanPlace,
  municipalities: readonly ScopeMunicipality[],
): boolean {
  switch (place.level) {
    case 'REGION':
      return hasAnyRole(user, ['REGIONAL_COORDINATOR']);
    case 'MUNICIPALITY':
      return !!place.municipalityId && isHrFor(user, place.municipalityId);
    case 'UNIT':
      return !!place.unitId && canSeeHolders(user, place.unitId, municipalities);
  }
}

/**
 * Municipalities where the user signs people up for a regional measure: HR their own, a unit
 * leader the municipality of their units (their own people only; the API checks whom).
 */
export function signUpMunicipalityIds(
  user: CurrentUser | null | undefined,
  municipalities: readonly ScopeMunicipality[],
): string[] {
  const ids = new Set<string>();
  for (const assignment of user?.roles ?? []) {
    if (assignment.role === 'MUNICIPALITY_HR' && assignment.municipalityId) {
      ids.add(assignment.municipalityId);
    }
    if (assignment.role === 'UNIT_LEADER' && assignment.unitId) {
      const municipality = municipalities.find((m) =>
        m.units.some((unit) => unit.id === assignment.unitId),
      );
      if (municipality) ids.add(municipality.id);
    }
  }
  return [...ids];
}
