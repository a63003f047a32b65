import type { CopyRequirementsInput } from '@web/gql/graphql';
import type { ScopeMunicipalityOption, ScopeOptions } from '@web/features/gaps';

export interface CopyFormValues {
  targetUnitIds: string[];
  /** Also every unit of the source's service type the user may change. */
  sameServiceType: boolean;
  replaceExisting: boolean;
  includeStaffing: boolean;
}

export const EMPTY_COPY_VALUES: CopyFormValues = {
  targetUnitIds: [],
  sameServiceType: false,
  replaceExisting: false,
  includeStaffing: true,
};

/** The units a set can be copied to: those the user may change, the source left out. */
export function copyTargetGroups(
  options: ScopeOptions,
  sourceUnitId: string,
): ScopeMunicipalityOption[] {
  return options.municipalities
    .map((municipality) => ({
      ...municipality,
      units: municipality.units.filter((unit) => unit.id !== sourceUnitId),
    }))
    .filter((municipality) => municipality.units.length > 0);
}

export type CopyProblemKey = 'requirements.copy.errors.noTargets';

export function copyProblem(values: CopyFormValues): CopyProblemKey | null {
  return values.targetUnitIds.length === 0 && !values.sameServiceType
    ? 'requirements.copy.errors.noTargets'
    : null;
}

export function toCopyRequirementsInput(
  sourceUnitId: string,
  serviceType: string | null,
  values: CopyFormValues,
): CopyRequirementsInput {
  const input: CopyRequirementsInput = {
    sourceUnitId,
    targetUnitIds: values.targetUnitIds.filter((id) => id !== sourceUnitId),
    replaceExisting: values.replaceExisting,
    includeStaffing: values.includeStaffing,
  };
  if (values.sameServiceType && serviceType) input.targetServiceType = serviceType;
  return input;
}
