import { Scope } from '../auth/scope';
import { type Actor, hasRole, Role } from '../auth/roles';
import type { UnitRow } from '../organisation/organisation.rows';
import { PlanLevel } from './plan.enums';

/** Where a plan sits: its level and, for unit plans, the unit (with its path). */
export interface PlanPlace {
  level: PlanLevel;
  municipalityId: string | null;
  unit: Pick<UnitRow, 'id' | 'municipalityId' | 'path' | 'regionId'> | null;
}

/**
 * Who plans for what (docs/plans.md): the regional coordinator the region's programme, HR
 * their municipality's plan and its units' plans, a unit leader the plans of the units they
 * lead (and their sub-units). Region admins and board members read only.
 */
export function mayWritePlan(actor: Actor, place: PlanPlace): boolean {
  switch (place.level) {
    case PlanLevel.REGION:
      return hasRole(actor, Role.REGIONAL_COORDINATOR);
    case PlanLevel.MUNICIPALITY:
      return !!place.municipalityId && Scope.hr(actor).coversMunicipality(place.municipalityId);
    case PlanLevel.UNIT:
      return !!place.unit && Scope.personalData(actor).covers(place.unit);
  }
}

/**
 * Names of people (a measure's owner, its teachers, who adopted a plan) are shown to the roles
 * that may read the teaching directory; board members and region admins get figures only.
 */
export function seesNames(actor: Actor): boolean {
  return hasRole(actor, Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR);
}

/** A place (a requirement's unit, a lending unit) lies within the plan's area. */
export function planCovers(
  plan: { level: PlanLevel; municipalityId: string | null; unitId: string | null },
  place: { municipalityId: string; path: readonly string[] },
): boolean {
  switch (plan.level) {
    case PlanLevel.REGION:
      return true;
    case PlanLevel.MUNICIPALITY:
      return plan.municipalityId === place.municipalityId;
    case PlanLevel.UNIT:
      return !!plan.unitId && place.path.includes(plan.unitId);
  }
}
