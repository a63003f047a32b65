import { parseNorwegianDecimal } from '@kp/domain';
import type { Horizon, Priority, RationaleKind } from '@web/gql/graphql';

/**
 * What competence and staffing requirements share in the form: the unit, when, how urgent
 * and why. Each kind adds its own fields (competence, level, amount, measure; profession,
 * årsverk) on top; the kind's form-values module builds on these, so the shared rules —
 * defaults, required fields, how texts are sent on create and on update — are written once.
 */
export interface CommonRequirementValues {
  unitId: string;
  horizon: Horizon;
  /** ISO date or ''. */
  targetDate: string;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string;
}

/** The shared fields in the order the forms show them after the kind's own fields. */
export const COMMON_REQUIREMENT_FIELDS = [
  'horizon',
  'targetDate',
  'priority',
  'rationaleKind',
  'rationale',
  'reference',
] as const;

export type CommonProblemKey =
  | 'requirements.form.errors.unitRequired'
  | 'requirements.form.errors.amountRequired'
  | 'requirements.form.errors.amountNotANumber';

interface StoredCommon {
  unitId: string;
  horizon: Horizon;
  targetDate?: string | null;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference?: string | null;
}

export function newCommonValues(unitId: string, horizon: Horizon): CommonRequirementValues {
  return {
    unitId,
    horizon,
    targetDate: '',
    priority: 'IMPORTANT',
    rationaleKind: 'LOCAL_GOAL',
    rationale: '',
    reference: '',
  };
}

export function storedCommonValues(requirement: StoredCommon): CommonRequirementValues {
  return {
    unitId: requirement.unitId,
    horizon: requirement.horizon,
    targetDate: requirement.targetDate ?? '',
    priority: requirement.priority,
    rationaleKind: requirement.rationaleKind,
    rationale: requirement.rationale,
    reference: requirement.reference ?? '',
  };
}

/** An amount for the form's text field, the Norwegian way (`2,5`). */
export function amountText(value: number): string {
  return String(value).replace('.', ',');
}

/** The unit must be chosen; an amount must be filled in and be a number. */
export function unitProblem(values: CommonRequirementValues): CommonProblemKey | undefined {
  return values.unitId ? undefined : 'requirements.form.errors.unitRequired';
}

export function amountProblem(text: string): CommonProblemKey | undefined {
  if (!text.trim()) return 'requirements.form.errors.amountRequired';
  return parseNorwegianDecimal(text) === null
    ? 'requirements.form.errors.amountNotANumber'
    : undefined;
}

/** The amount as sent: NaN for text that is not a number (the form stops it before). */
export function amountValue(text: string): number {
  return parseNorwegianDecimal(text) ?? Number.NaN;
}

function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The shared part of a create input: empty texts are left out (null). */
export function commonCreateInput(values: CommonRequirementValues) {
  return {
    unitId: values.unitId,
    horizon: values.horizon,
    targetDate: values.targetDate || null,
    priority: values.priority,
    rationaleKind: values.rationaleKind,
    rationale: optionalText(values.rationale),
    reference: optionalText(values.reference),
  };
}

/**
 * The shared part of an update input. Every field is sent; a cleared target date is sent
 * as null, which removes it, while for the texts null means "unchanged", so an emptied
 * text is sent as ''.
 */
export function commonUpdateInput(id: string, version: number, values: CommonRequirementValues) {
  return {
    id,
    version,
    horizon: values.horizon,
    targetDate: values.targetDate || null,
    priority: values.priority,
    rationaleKind: values.rationaleKind,
    rationale: values.rationale.trim(),
    reference: values.reference.trim(),
  };
}
