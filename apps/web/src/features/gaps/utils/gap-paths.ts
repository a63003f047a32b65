import type { Horizon } from '@web/gql/graphql';
import { gapFiltersToParams, horizonSlug, type GapViewFilters } from './gap-filters';

/** Route patterns; addresses are Norwegian since people share and read them. */
export const GAP_ROUTE = 'gap';
export const GAP_HOLDERS_ROUTE = 'gap/innehavere/:requirementId';

export function gapPath(filters?: GapViewFilters): string {
  const search = filters ? gapFiltersToParams(filters).toString() : '';
  return search ? `/gap?${search}` : '/gap';
}

/** The people behind a requirement at a horizon. */
export function gapHoldersPath(requirementId: string, horizon: Horizon): string {
  const base = `/gap/innehavere/${encodeURIComponent(requirementId)}`;
  return horizon === 'NOW' ? base : `${base}?horisont=${horizonSlug(horizon)}`;
}
