import type { AddUnitInput, UnitKind } from '@web/gql/graphql';
import type { OrganisationUnit } from './unit-tree';

export interface AddUnitFormValues {
  name: string;
  kind: UnitKind;
  /** '' for a top-level unit. */
  parentId: string;
}

/** The form's fields in the order they are shown; focus goes to the first invalid one. */
export const ADD_UNIT_FIELDS = ['name', 'kind', 'parentId'] as const;
export type AddUnitField = (typeof ADD_UNIT_FIELDS)[number];

/**
 * The mutation input for the form. The API trims and validates the name.
 * A new unit inherits its parent's service type (a department of a nursing
 * home is nursing-home care too), as the demo data does.
 */
export function toAddUnitInput(
  values: AddUnitFormValues,
  municipalityId: string,
  units: readonly OrganisationUnit[],
): AddUnitInput {
  const parent = values.parentId ? units.find((unit) => unit.id === values.parentId) : undefined;
  return {
    municipalityId,
    name: values.name,
    kind: values.kind,
    parentId: values.parentId || null,
    serviceType: parent?.serviceType ?? null,
  };
}
