import type {
  CreateRequirementInput,
  Measure,
  RationaleKind,
  RequirementFieldsFragment,
  UpdateRequirementInput,
} from '@web/gql/graphql';
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

export { amountText };

/** Field names as the API's input names them, so its field errors land on the right field. */
export const REQUIREMENT_FORM_FIELDS = [
  'unitId',
  'competenceId',
  'minLevel',
  'required',
  'measure',
  ...COMMON_REQUIREMENT_FIELDS,
] as const;
export type RequirementFormField = (typeof REQUIREMENT_FORM_FIELDS)[number];

export const RATIONALE_KINDS: readonly RationaleKind[] = [
  'LAW',
  'NATIONAL_GUIDELINE',
  'LOCAL_GOAL',
];

export interface RequirementFormValues extends CommonRequirementValues {
  competenceId: string;
  /** The level as chosen; '' until a competence and level are chosen. */
  minLevel: string;
  /** As typed, with a decimal comma or point. */
  required: string;
  measure: Measure;
}

export type RequirementProblemKey =
  | CommonProblemKey
  | 'requirements.form.errors.competenceRequired'
  | 'requirements.form.errors.levelRequired';

export function newRequirementValues(unitId = ''): RequirementFormValues {
  return {
    ...newCommonValues(unitId, 'NOW'),
    competenceId: '',
    minLevel: '',
    required: '',
    measure: 'HEADCOUNT',
  };
}

export function requirementValues(requirement: RequirementFieldsFragment): RequirementFormValues {
  return {
    ...storedCommonValues(requirement),
    competenceId: requirement.competenceId,
    minLevel: String(requirement.minLevel),
    required: amountText(requirement.required),
    measure: requirement.measure,
  };
}

/**
 * What must be filled in before sending. The rules that need the competence's scale or
 * today's date (level on the scale, amount above zero, target date) are the API's: its
 * Norwegian field errors are shown next to the fields.
 */
export function missingRequirementFields(
  values: RequirementFormValues,
): Partial<Record<RequirementFormField, RequirementProblemKey>> {
  const problems: Partial<Record<RequirementFormField, RequirementProblemKey>> = {
    unitId: unitProblem(values),
    competenceId: values.competenceId ? undefined : 'requirements.form.errors.competenceRequired',
    minLevel: values.minLevel === '' ? 'requirements.form.errors.levelRequired' : undefined,
    required: amountProblem(values.required),
  };
  return withoutEmpty(problems);
}

export function toCreateRequirementInput(values: RequirementFormValues): CreateRequirementInput {
  return {
    ...commonCreateInput(values),
    competenceId: values.competenceId,
    minLevel: Number(values.minLevel),
    required: amountValue(values.required),
    measure: values.measure,
  };
}

export function toUpdateRequirementInput(
  id: string,
  version: number,
  values: RequirementFormValues,
): UpdateRequirementInput {
  return {
    ...commonUpdateInput(id, version, values),
    competenceId: values.competenceId,
    minLevel: Number(values.minLevel),
    required: amountValue(values.required),
    measure: values.measure,
  };
}

/** Drops the fields without a problem, so the result lists only what must be fixed. */
export function withoutEmpty<K extends string, V>(
  problems: Partial<Record<K, V | undefined>>,
): Partial<Record<K, V>> {
  return Object.fromEntries(
    Object.entries(problems).filter(([, value]) => value !== undefined),
  ) as Partial<Record<K, V>>;
}
