import { parseNorwegianDecimal } from '@kp/domain';
import type {
  CreateStaffingRequirementInput,
  Horizon,
  Priority,
  RationaleKind,
  StaffingRequirementFieldsFragment,
  UpdateStaffingRequirementInput,
} from '@web/gql/graphql';
import { amountText } from './requirement-form-values';

export const STAFFING_FORM_FIELDS = [
  'unitId',
  'professionCode',
  'requiredFte',
  'horizon',
  'targetDate',
  'priority',
  'rationaleKind',
  'rationale',
  'reference',
] as const;
export type StaffingFormField = (typeof STAFFING_FORM_FIELDS)[number];

export interface StaffingFormValues {
  unitId: string;
  professionCode: string;
  requiredFte: string;
  horizon: Horizon;
  targetDate: string;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string;
}

export type StaffingProblemKey =
  | 'requirements.form.errors.unitRequired'
  | 'requirements.form.errors.professionRequired'
  | 'requirements.form.errors.amountRequired'
  | 'requirements.form.errors.amountNotANumber';

export function newStaffingValues(unitId = ''): StaffingFormValues {
  return {
    unitId,
    professionCode: '',
    requiredFte: '',
    horizon: 'THREE_YEARS',
    targetDate: '',
    priority: 'IMPORTANT',
    rationaleKind: 'LOCAL_GOAL',
    rationale: '',
    reference: '',
  };
}

export function staffingValues(requirement: StaffingRequirementFieldsFragment): StaffingFormValues {
  return {
    unitId: requirement.unitId,
    professionCode: requirement.professionCode,
    requiredFte: amountText(requirement.requiredFte),
    horizon: requirement.horizon,
    targetDate: requirement.targetDate ?? '',
    priority: requirement.priority,
    rationaleKind: requirement.rationaleKind,
    rationale: requirement.rationale,
    reference: requirement.reference ?? '',
  };
}

export function missingStaffingFields(
  values: StaffingFormValues,
): Partial<Record<StaffingFormField, StaffingProblemKey>> {
  const problems: Partial<Record<StaffingFormField, StaffingProblemKey>> = {};
  if (!values.unitId) problems.unitId = 'requirements.form.errors.unitRequired';
  if (!values.professionCode)
    problems.professionCode = 'requirements.form.errors.professionRequired';
  if (!values.requiredFte.trim()) problems.requiredFte = 'requirements.form.errors.amountRequired';
  else if (parseNorwegianDecimal(values.requiredFte) === null) {
    problems.requiredFte = 'requirements.form.errors.amountNotANumber';
  }
  return problems;
}

export function toCreateStaffingInput(values: StaffingFormValues): CreateStaffingRequirementInput {
  const rationale = values.rationale.trim();
  const reference = values.reference.trim();
  return {
    unitId: values.unitId,
    professionCode: values.professionCode,
    requiredFte: parseNorwegianDecimal(values.requiredFte) ?? Number.NaN,
    horizon: values.horizon,
    targetDate: values.targetDate || null,
    priority: values.priority,
    rationaleKind: values.rationaleKind,
    rationale: rationale || null,
    reference: reference || null,
  };
}

export function toUpdateStaffingInput(
  id: string,
  version: number,
  values: StaffingFormValues,
): UpdateStaffingRequirementInput {
  const input = toCreateStaffingInput(values);
  return {
    id,
    version,
    professionCode: input.professionCode,
    requiredFte: input.requiredFte,
    horizon: input.horizon,
    targetDate: input.targetDate,
    priority: input.priority,
    rationaleKind: input.rationaleKind,
    // On update null means "unchanged": an emptied text is sent as ''.
    rationale: values.rationale.trim(),
    reference: values.reference.trim(),
  };
}
