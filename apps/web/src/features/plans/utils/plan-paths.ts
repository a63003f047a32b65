import type { HalfYear } from './half-year';
import { planFiltersToParams } from './plan-filters';

/** Route patterns; addresses are Norwegian since people share and read them. */
export const PLANS_ROUTE = 'planer';
export const NEW_MEASURE_ROUTE = 'planer/tiltak/ny';
export const MEASURE_ROUTE = 'planer/tiltak/:id';

/** Which plan a page shows: a scope (none = the region or the user's own) and a half-year. */
export interface PlanFilters {
  municipalityId: string;
  unitId: string;
  /** null: the current half-year. */
  period: HalfYear | null;
}

export function plansPath(filters?: Partial<PlanFilters>): string {
  const search = planFiltersToParams({
    municipalityId: filters?.municipalityId ?? '',
    unitId: filters?.unitId ?? '',
    period: filters?.period ?? null,
  }).toString();
  return search ? `/planer?${search}` : '/planer';
}

export function measurePath(id: string): string {
  return `/planer/tiltak/${encodeURIComponent(id)}`;
}

/**
 * Where a new measure is made from. The editor asks the API for a draft filled in from the
 * source (a gap row, a mobilisation pair, expiring certificates) or starts empty in a plan.
 */
export type MeasureSource =
  | { kind: 'plan'; planId: string }
  | { kind: 'gap'; requirementId: string; horizon: string }
  | { kind: 'mobilisation'; fromRequirementId: string; toRequirementId: string; horizon: string }
  | {
      kind: 'certificates';
      /** Null: the competence with the most certificates running out (the API chooses). */
      competenceId?: string | null;
      unitId: string | null;
      municipalityId: string | null;
    };

const SOURCE_SLUGS = {
  plan: 'plan',
  gap: 'gap',
  mobilisation: 'mobilisering',
  certificates: 'sertifikater',
} as const;

export function newMeasurePath(source: MeasureSource): string {
  const params = new URLSearchParams({ fra: SOURCE_SLUGS[source.kind] });
  switch (source.kind) {
    case 'plan':
      params.set('plan', source.planId);
      break;
    case 'gap':
      params.set('krav', source.requirementId);
      params.set('horisont', source.horizon);
      break;
    case 'mobilisation':
      params.set('fra-krav', source.fromRequirementId);
      params.set('til-krav', source.toRequirementId);
      params.set('horisont', source.horizon);
      break;
    case 'certificates':
      if (source.competenceId) params.set('kompetanse', source.competenceId);
      if (source.unitId) params.set('enhet', source.unitId);
      if (source.municipalityId) params.set('kommune', source.municipalityId);
      break;
  }
  return `/planer/tiltak/ny?${params.toString()}`;
}

/** The source a new-measure address names; null when it names none (or only part of one). */
export function parseMeasureSource(params: URLSearchParams): MeasureSource | null {
  const get = (name: string) => params.get(name) ?? '';
  switch (get('fra')) {
    case SOURCE_SLUGS.plan:
      return get('plan') ? { kind: 'plan', planId: get('plan') } : null;
    case SOURCE_SLUGS.gap:
      return get('krav') && get('horisont')
        ? { kind: 'gap', requirementId: get('krav'), horizon: get('horisont') }
        : null;
    case SOURCE_SLUGS.mobilisation:
      return get('fra-krav') && get('til-krav') && get('horisont')
        ? {
            kind: 'mobilisation',
            fromRequirementId: get('fra-krav'),
            toRequirementId: get('til-krav'),
            horizon: get('horisont'),
          }
        : null;
    case SOURCE_SLUGS.certificates:
      return {
        kind: 'certificates',
        competenceId: get('kompetanse') || null,
        unitId: get('enhet') || null,
        municipalityId: get('kommune') || null,
      };
    default:
      return null;
  }
}
