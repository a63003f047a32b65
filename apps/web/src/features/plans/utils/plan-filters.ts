import { halfYearSlug, parseHalfYear } from './half-year';
import type { PlanFilters } from './plan-paths';

export const EMPTY_PLAN_FILTERS: PlanFilters = { municipalityId: '', unitId: '', period: null };

/** `?kommune=…&enhet=…&halvar=2026-2`, as plansPath writes it. */
export function parsePlanFilters(params: URLSearchParams): PlanFilters {
  return {
    municipalityId: params.get('kommune') ?? '',
    unitId: params.get('enhet') ?? '',
    period: parseHalfYear(params.get('halvar')),
  };
}

export function planFiltersToParams(filters: PlanFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.municipalityId) params.set('kommune', filters.municipalityId);
  if (filters.unitId) params.set('enhet', filters.unitId);
  if (filters.period) params.set('halvar', halfYearSlug(filters.period));
  return params;
}
