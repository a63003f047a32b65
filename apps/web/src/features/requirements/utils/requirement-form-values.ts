import { parseNorwegianDecimal } from '@kp/domain';
import type {
  CreateRequirementInput,
  Horizon,
  Measure,
  Priority,
  RationaleKind,
  RequirementFieldsFragment,
  UpdateRequirementInput,
} from '@web/gql/graphql';

/** Field names as the API's input names them, so its field errors land on the right field. */
export const REQUIREMENT_FORM_FIELDS = [
  'unitId',
  'competenceId',
  'minLevel',
  'required',
  'measure',
  'horizon',
  'targetDate',
  'priority',
  'rationaleKind',
  'rationale',
  'reference',
] as const;
export type RequirementFormField = (typeof REQUIREMENT_FORM_FIELDS)[number];

export const RATIONALE_KINDS: readonly RationaleKind[] = [
  'LAW',
  'NATIONAL_GUIDELINE',
  'LOCAL_GOAL',
];

export interface RequirementFormValues {
  unitId: string;
  competenceId: string;
  /** The level as chosen; '' until a competence and level are chosen. */
  minLevel: string;
  /** As typed, with a decimal comma or point. */
  required: string;
  measure: Measure;
  horizon: Horizon;
  /** ISO date or ''. */
  targetDate: string;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string;
}

export type RequirementProblemKey =
  | 'requirements.form.errors.unitRequired'
  | 'requirements.form.errors.competenceRequired'
  | 'requirements.form.errors.levelRequired'
  | 'requirements.form.errors.amountRequired'
  | 'requirements.form.errors.amountNotANumber';

export function newRequirementValues(unitId = ''): RequirementFormValues {
  return {
    unitId,
    competenceId: '',
    minLevel: '',
    required: '',
    measure: 'HEADCOUNT',
    horizon: 'NOW',
    targetDate: '',
    priority: 'IMPORTANT',
    rationaleKind: 'LOCAL_GOAL',
    rationale: '',
    reference: '',
  };
}

/** An amount for the form's text field, the Norwegian way (`2,5`). */
export function amountText(value: number): string {
  return String(value).replace('.', ',');
}

export function requirementValues(requirement: RequirementFieldsFragment): RequirementFormValues {
  return {
    unitId: requirement.unitId,
    competenceId: requirement.competenceId,
    minLevel: String(requirement.minLevel),
    required: amountText(requirement.required),
    measure: requirement.measure,
    horizon: requirement.horizon,
    targetDate: requirement.targetDate ?? '',
    priority: requirement.priority,
    rationaleKind: requirement.rationaleKind,
    rationale: requirement.rationale,
    reference: requirement.reference ?? '',
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
  const problems: Partial<Record<RequirementFormField, RequirementProblemKey>> = {};
  if (!values.unitId) problems.unitId = 'requirements.form.errors.unitRequired';
  if (!values.competenceId) problems.competenceId = 'requirements.form.errors.competenceRequired';
  if (values.minLevel === '') problems.minLevel = 'requirements.form.errors.levelRequired';
  if (!values.required.trim()) problems.required = 'requirements.form.errors.amountRequired';
  else if (parseNorwegianDecimal(values.required) === null) {
    problems.required = 'requirements.form.errors.amountNotANumber';
  }
  return problems;
}

function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function toCreateRequirementInput(values: RequirementFormValues): CreateRequirementInput {
  return {
    unitId: values.unitId,
    competenceId: values.competenceId,
    minLevel: Number(values.minLevel),
    required: parseNorwegianDecimal(values.required) ?? Number.NaN,
    measure: values.measure,
    horizon: values.horizon,
    targetDate: values.targetDate || null,
    priority: values.priority,
    rationaleKind: values.rationaleKind,
    rationale: optionalText(values.rationale),
    reference: optionalText(values.reference),
  };
}

/** Every field is sent; a cleared target date is sent as null, which removes it. */
export function toUpdateRequirementInput(
  id: string,
  version: number,
  values: RequirementFormValues,
): UpdateRequirementInput {
  const input = toCreateRequirementInput(values);
  return {
    id,
    version,
    competenceId: input.competenceId,
    minLevel: input.minLevel,
    required: input.required,
    measure: input.measure,
    horizon: input.horizon,
    targetDate: input.targetDate,
    priority: input.priority,
    rationaleKind: input.rationaleKind,
    // On update null means "unchanged": an emptied text is sent as ''.
    rationale: values.rationale.trim(),
    reference: values.reference.trim(),
  };
}
