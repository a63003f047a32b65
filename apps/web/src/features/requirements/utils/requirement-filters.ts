import { hasAnyRole, personalDataScope, type CurrentUser } from '@web/features/auth';
import type { RequirementFilter } from '@web/gql/graphql';
import type { ScopeOptions } from '@web/features/gaps';

/** Which units the list shows, as the address holds it: a unit, a municipality, or the region. */
export interface RequirementListSelection {
  municipalityId: string;
  unitId: string;
}

export const EMPTY_SELECTION: RequirementListSelection = { municipalityId: '', unitId: '' };

export function parseSelection(params: URLSearchParams): RequirementListSelection {
  return {
    municipalityId: (params.get('kommune') ?? '').trim(),
    unitId: (params.get('enhet') ?? '').trim(),
  };
}

export function selectionToParams(selection: RequirementListSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.unitId) params.set('enhet', selection.unitId);
  else if (selection.municipalityId) params.set('kommune', selection.municipalityId);
  return params;
}

/**
 * The selection to show: what the address says if it names a unit or municipality of the
 * region, else where the user works (a leader's unit, HR's municipality), else the region.
 */
export function resolveSelection(
  selection: RequirementListSelection,
  options: ScopeOptions,
  user: CurrentUser | null | undefined,
): RequirementListSelection {
  if (selection.unitId) {
    const municipality = options.municipalities.find((m) =>
      m.units.some((unit) => unit.id === selection.unitId),
    );
    if (municipality) return { municipalityId: municipality.id, unitId: selection.unitId };
  } else if (selection.municipalityId) {
    if (options.municipalities.some((m) => m.id === selection.municipalityId)) {
      return { municipalityId: selection.municipalityId, unitId: '' };
    }
  }
  if (!hasAnyRole(user, ['REGIONAL_COORDINATOR', 'BOARD_MEMBER', 'REGION_ADMIN'])) {
    const personal = personalDataScope(user);
    if (personal.municipalityIds[0]) {
      return { municipalityId: personal.municipalityIds[0], unitId: '' };
    }
    const unitId = personal.unitIds[0];
    const municipality = options.municipalities.find((m) =>
      m.units.some((unit) => unit.id === unitId),
    );
    if (unitId && municipality) return { municipalityId: municipality.id, unitId };
  }
  return EMPTY_SELECTION;
}

/** The API filter: a unit with everything below it, a municipality, or the whole region. */
export function toRequirementFilter(selection: RequirementListSelection): RequirementFilter {
  if (selection.unitId) return { unitId: selection.unitId, includeSubUnits: true };
  if (selection.municipalityId) return { municipalityId: selection.municipalityId };
  return {};
}
