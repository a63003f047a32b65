import { Actor, Role } from './roles';

/**
 * Where the caller may see and change personal data: whole municipalities
 * (MUNICIPALITY_HR) and unit subtrees (UNIT_LEADER). Regional roles and board
 * members hold none: they see aggregates only. Repositories turn this into a
 * SQL predicate (see scopePredicate), so no query can forget it.
 */
export interface PersonalDataScope {
  regionId: string;
  municipalityIds: string[];
  unitIds: string[];
}

export function personalDataScope(actor: Actor): PersonalDataScope {
  const municipalityIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const grant of actor.grants) {
    if (grant.role === Role.MUNICIPALITY_HR && grant.municipalityId)
      municipalityIds.add(grant.municipalityId);
    if (grant.role === Role.UNIT_LEADER && grant.unitId) unitIds.add(grant.unitId);
  }
  return { regionId: actor.regionId, municipalityIds: [...municipalityIds], unitIds: [...unitIds] };
}

/**
 * SQL condition: the row's municipality is in scope, or the row's unit lies
 * under a unit in scope. `unitPath` is an expression for the unit's `path`.
 * Returns the condition and its parameters, numbered from `firstParam`.
 */
export function scopePredicate(
  scope: PersonalDataScope,
  columns: { regionId: string; municipalityId: string; unitPath: string },
  firstParam: number,
): { sql: string; params: unknown[] } {
  const [region, municipalities, units] = [firstParam, firstParam + 1, firstParam + 2];
  return {
    sql: `(${columns.regionId} = $${region} AND (${columns.municipalityId} = ANY($${municipalities}::uuid[]) OR ${columns.unitPath} && $${units}::uuid[]))`,
    params: [scope.regionId, scope.municipalityIds, scope.unitIds],
  };
}
