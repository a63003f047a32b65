import type { GapFilter, Horizon, Priority } from '@web/gql/graphql';

/** The horizons in the order they are shown: now, in one year, in three years. */
export const HORIZONS: readonly Horizon[] = ['NOW', 'ONE_YEAR', 'THREE_YEARS'];
/** Most urgent first, as the API sorts. */
export const PRIORITIES: readonly Priority[] = ['CRITICAL', 'IMPORTANT', 'DESIRABLE'];

/** The view's filters as the form and the address hold them. */
export interface GapViewFilters {
  /** '' for the region (or the user's default scope). */
  municipalityId: string;
  /** '' for the whole municipality; a unit means the unit and everything below it. */
  unitId: string;
  /** The horizon of the heatmap, the drill-down and the mobilisation list (the bars show all three). */
  horizon: Horizon;
  /** Competence area, '' for all. */
  area: string;
  /** Focus-area tag such as "Demensplan 2025", '' for all. */
  tag: string;
  /** Empty for every priority. */
  priorities: Priority[];
}

export const EMPTY_GAP_FILTERS: GapViewFilters = {
  municipalityId: '',
  unitId: '',
  horizon: 'NOW',
  area: '',
  tag: '',
  priorities: [],
};

/** Query-string names and values, Norwegian like the addresses. */
const PARAM = {
  municipalityId: 'kommune',
  unitId: 'enhet',
  horizon: 'horisont',
  area: 'omrade',
  tag: 'fokus',
  priorities: 'prioritet',
} as const;

const HORIZON_SLUGS: Record<Horizon, string> = {
  NOW: 'na',
  ONE_YEAR: '1-ar',
  THREE_YEARS: '3-ar',
};

const PRIORITY_SLUGS: Record<Priority, string> = {
  CRITICAL: 'kritisk',
  IMPORTANT: 'viktig',
  DESIRABLE: 'onskelig',
};

export function horizonSlug(horizon: Horizon): string {
  return HORIZON_SLUGS[horizon];
}

export function horizonFromSlug(slug: string | null): Horizon | null {
  return HORIZONS.find((horizon) => HORIZON_SLUGS[horizon] === slug) ?? null;
}

/** Reads the filters from the address; anything malformed is ignored rather than failing. */
export function parseGapFilters(params: URLSearchParams): GapViewFilters {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const prioritySlugs = text(PARAM.priorities).split(',');
  return {
    municipalityId: text(PARAM.municipalityId),
    unitId: text(PARAM.unitId),
    horizon: horizonFromSlug(text(PARAM.horizon)) ?? 'NOW',
    area: text(PARAM.area),
    tag: text(PARAM.tag),
    // In the order the form lists them, once each, whatever the address says.
    priorities: PRIORITIES.filter((priority) => prioritySlugs.includes(PRIORITY_SLUGS[priority])),
  };
}

/** The address for the filters: defaults are left out, so the plain view is just `/gap`. */
export function gapFiltersToParams(filters: GapViewFilters): URLSearchParams {
  const params = new URLSearchParams();
  // A unit names its municipality; both in the address could disagree.
  if (filters.unitId) params.set(PARAM.unitId, filters.unitId);
  else if (filters.municipalityId) params.set(PARAM.municipalityId, filters.municipalityId);
  if (filters.horizon !== 'NOW') params.set(PARAM.horizon, HORIZON_SLUGS[filters.horizon]);
  const area = filters.area.trim();
  if (area) params.set(PARAM.area, area);
  const tag = filters.tag.trim();
  if (tag) params.set(PARAM.tag, tag);
  const priorities = PRIORITIES.filter((priority) => filters.priorities.includes(priority));
  // All three is the same as none: the plain address.
  if (priorities.length > 0 && priorities.length < PRIORITIES.length) {
    params.set(PARAM.priorities, priorities.map((priority) => PRIORITY_SLUGS[priority]).join(','));
  }
  return params;
}

/** The scope a view is for, after checking it against what the user's roles cover. */
export type GapScope =
  | { level: 'REGION' }
  | { level: 'MUNICIPALITY'; municipalityId: string }
  | { level: 'UNIT'; municipalityId: string; unitId: string };

/**
 * The API's filter for a scope and the chosen filters. Every horizon is asked for (the bars
 * put them side by side); `horizons` narrows it where one view shows one horizon.
 */
export function toGapFilter(
  scope: GapScope,
  filters: GapViewFilters,
  horizons: readonly Horizon[] = HORIZONS,
): GapFilter {
  const filter: GapFilter = { horizons: [...horizons] };
  if (scope.level === 'UNIT') filter.unitId = scope.unitId;
  if (scope.level === 'MUNICIPALITY') filter.municipalityId = scope.municipalityId;
  const area = filters.area.trim();
  if (area) filter.area = area;
  const tag = filters.tag.trim();
  if (tag) filter.tag = tag;
  if (filters.priorities.length > 0) filter.priorities = [...filters.priorities];
  return filter;
}

/** The filters with the scope replaced: drill-down links keep everything else. */
export function withScope(filters: GapViewFilters, scope: GapScope): GapViewFilters {
  return {
    ...filters,
    municipalityId: scope.level === 'REGION' ? '' : scope.municipalityId,
    unitId: scope.level === 'UNIT' ? scope.unitId : '',
  };
}

export function hasNarrowingFilters(filters: GapViewFilters): boolean {
  return !!filters.area.trim() || !!filters.tag.trim() || filters.priorities.length > 0;
}
