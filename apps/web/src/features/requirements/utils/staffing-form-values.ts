import type {
  CreateStaffingRequirementInput,
  StaffingRequirementFieldsFragment,
  UpdateStaffingRequirementInput,
} from '@web/gql/graphql';
import { withoutEmpty } from './requirement-form-values';
import {
  amountProblem,
  amountText,
  amountValue,
  COMMON_REQUIREMENT_FIELDS,
  commonCreateInput,
  commonUpdateInput,
  newCommonValues,
  storedCommonValues,
  unitProblem,
  type CommonProblemKey,
  type CommonRequirementValues,
} from './requirement-kind-values';

export const STAFFING_FORM_FIELDS = [
  'unitId',
  'professionCode',
  'requiredFte',
  ...COMMON_REQUIREMENT_FIELDS,
] as const;
export type StaffingFormField = (typeof STAFFING_FORM_FIELDS)[number];

export interface StaffingFormValues extends CommonRequirementValues {
  professionCode: string;
  requiredFte: string;
}

export type StaffingProblemKey = CommonProblemKey | 'requirements.form.errors.professionRequired';

export function newStaffingValues(unitId = ''): StaffingFormValues {
  return { ...newCommonValues(unitId, 'THREE_YEARS'), professionCode: '', requiredFte: '' };
}

export function staffingValues(requirement: StaffingRequirementFieldsFragment): StaffingFormValues {
  return {
    ...storedCommonValues(requirement),
    professionCode: requirement.professionCode,
    requiredFte: amountText(requirement.requiredFte),
  };
}

export function missingStaffingFields(
  values: StaffingFormValues,
): Partial<Record<StaffingFormField, StaffingProblemKey>> {
  return withoutEmpty<StaffingFormField, StaffingProblemKey>({
    unitId: unitProblem(values),
    professionCode: values.professionCode
      ? undefined
      : 'requirements.form.errors.professionRequired',
    requiredFte: amountProblem(values.requiredFte),
  });
}

export function toCreateStaffingInput(values: StaffingFormValues): CreateStaffingRequirementInput {
  return {
    ...commonCreateInput(values),
    professionCode: values.professionCode,
    requiredFte: amountValue(values.requiredFte),
  };
}

export function toUpdateStaffingInput(
  id: string,
  version: number,
  values: StaffingFormValues,
): UpdateStaffingRequirementInput {
  return {
    ...commonUpdateInput(id, version, values),
    professionCode: values.professionCode,
    requiredFte: amountValue(values.requiredFte),
  };
}
