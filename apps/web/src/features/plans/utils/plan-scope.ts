import type { GapScope } from '@web/features/gaps';
import type { ActionPlanFilter } from '@web/gql/graphql';
import type { HalfYear } from './half-year';
import type { PlanPlace } from './plan-access';

/** The plan a scope has: the region's programme, a municipality's plan or a unit's plan. */
export function planPlace(scope: GapScope): PlanPlace {
  switch (scope.level) {
    case 'REGION':
      return { level: 'REGION' };
    case 'MUNICIPALITY':
      return { level: 'MUNICIPALITY', municipalityId: scope.municipalityId };
    case 'UNIT':
      return { level: 'UNIT', municipalityId: scope.municipalityId, unitId: scope.unitId };
  }
}

/** What to ask the API for: the scope's plans (sub-units' too) in the half-year. */
export function planFilter(scope: GapScope, period: HalfYear): ActionPlanFilter {
  const base = { level: scope.level, year: period.year, half: period.half };
  if (scope.level === 'MUNICIPALITY') return { ...base, municipalityId: scope.municipalityId };
  if (scope.level === 'UNIT') return { ...base, unitId: scope.unitId };
  return base;
}

/** Is this the scope's own plan (not a sub-unit's)? */
export function isPlanOf(
  plan: { level: string; municipalityId?: string | null; unitId?: string | null },
  scope: GapScope,
): boolean {
  if (plan.level !== scope.level) return false;
  if (scope.level === 'MUNICIPALITY') return plan.municipalityId === scope.municipalityId;
  if (scope.level === 'UNIT') return plan.unitId === scope.unitId;
  return true;
}
