import type { CurrentUser } from '@web/features/auth';

/** The scope of the aggregates: a unit (with sub-units), a municipality, or the region (both null). */
export interface StatisticsScope {
  unitId: string | null;
  municipalityId: string | null;
}

/** Query-string names: Norwegian, since people share the address. */
export const UNIT_PARAM = 'enhet';
export const MUNICIPALITY_PARAM = 'kommune';
/** Set when the region is chosen on purpose (leaders and HR otherwise start at their own scope). */
export const REGION_PARAM = 'region';

const REGION: StatisticsScope = { unitId: null, municipalityId: null };

/**
 * Where the page starts: a leader's own unit, HR's own municipality (exact
 * figures there), the whole region for the regional roles.
 */
export function defaultStatisticsScope(user: CurrentUser | null | undefined): StatisticsScope {
  const roles = user?.roles ?? [];
  const leader = roles.find((role) => role.role === 'UNIT_LEADER' && role.unitId);
  if (leader?.unitId) return { unitId: leader.unitId, municipalityId: null };
  const hr = roles.find((role) => role.role === 'MUNICIPALITY_HR' && role.municipalityId);
  if (hr?.municipalityId) return { unitId: null, municipalityId: hr.municipalityId };
  return REGION;
}

export function scopeFromParams(
  params: URLSearchParams,
  user: CurrentUser | null | undefined,
): StatisticsScope {
  const unitId = params.get(UNIT_PARAM);
  if (unitId) return { unitId, municipalityId: null };
  const municipalityId = params.get(MUNICIPALITY_PARAM);
  if (municipalityId) return { unitId: null, municipalityId };
  if (params.get(REGION_PARAM) !== null) return REGION;
  return defaultStatisticsScope(user);
}

export function scopeToSearch(scope: StatisticsScope): string {
  if (scope.unitId) return new URLSearchParams({ [UNIT_PARAM]: scope.unitId }).toString();
  if (scope.municipalityId) {
    return new URLSearchParams({ [MUNICIPALITY_PARAM]: scope.municipalityId }).toString();
  }
  return `${REGION_PARAM}=ja`;
}

/** The value of the scope picker's option: `region`, `kommune:<id>` or `enhet:<id>`. */
export function scopeChoiceValue(scope: StatisticsScope): string {
  if (scope.unitId) return `enhet:${scope.unitId}`;
  if (scope.municipalityId) return `kommune:${scope.municipalityId}`;
  return 'region';
}

export function scopeFromChoice(value: string): StatisticsScope {
  if (value.startsWith('enhet:')) return { unitId: value.slice(6), municipalityId: null };
  if (value.startsWith('kommune:')) return { unitId: null, municipalityId: value.slice(8) };
  return REGION;
}
