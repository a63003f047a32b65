import { personalDataScope } from '../auth/scope';
import { Actor, hasRole, Role } from '../auth/roles';

/**
 * Where a caller may change requirements: a regional coordinator anywhere in the region (the
 * common baseline and its templates), HR in their municipality, a unit leader in their units
 * and the units below. Requirements are organisation data, so reading them is not limited.
 */
export interface WriteScope {
  regionId: string;
  regionWide: boolean;
  municipalityIds: string[];
  unitIds: string[];
}

export function requirementWriteScope(actor: Actor): WriteScope {
  const personal = personalDataScope(actor);
  return {
    regionId: actor.regionId,
    regionWide: hasRole(actor, Role.REGIONAL_COORDINATOR),
    municipalityIds: personal.municipalityIds,
    unitIds: personal.unitIds,
  };
}
