import type { CreateAppraisalCycleInput, UpdateAppraisalCycleInput } from '@web/gql/graphql';
import type { AppraisalCycle } from './appraisal-types';

export const CYCLE_FIELDS = ['name', 'opensOn', 'closesOn'] as const;
export type CycleField = (typeof CYCLE_FIELDS)[number];

export interface CycleFormValues {
  name: string;
  /** ISO dates from date inputs; '' when empty. */
  opensOn: string;
  closesOn: string;
}

export type CycleProblemKey =
  | 'appraisals.cycles.nameRequired'
  | 'appraisals.cycles.opensOnRequired'
  | 'appraisals.cycles.closesOnRequired'
  | 'appraisals.cycles.closesBeforeOpens';

/**
 * A new cycle is proposed as the coming autumn's round ("Medarbeidersamtaler
 * 2027", 1 September – 15 December), the way the demo municipalities work;
 * HR changes what does not fit.
 */
export function newCycleValues(today: string): CycleFormValues {
  const year = Number(today.slice(0, 4));
  const next = today > `${year}-09-01` ? year + 1 : year;
  return {
    name: `Medarbeidersamtaler ${next}`,
    opensOn: `${next}-09-01`,
    closesOn: `${next}-12-15`,
  };
}

export function cycleValues(cycle: AppraisalCycle): CycleFormValues {
  return { name: cycle.name, opensOn: cycle.opensOn, closesOn: cycle.closesOn };
}

/** What must be right before sending; the API checks the rest (unique names, no overlap). */
export function cycleProblems(
  values: CycleFormValues,
): Partial<Record<CycleField, CycleProblemKey>> {
  const problems: Partial<Record<CycleField, CycleProblemKey>> = {};
  if (!values.name.trim()) problems.name = 'appraisals.cycles.nameRequired';
  if (!values.opensOn) problems.opensOn = 'appraisals.cycles.opensOnRequired';
  if (!values.closesOn) problems.closesOn = 'appraisals.cycles.closesOnRequired';
  else if (values.opensOn && values.closesOn < values.opensOn) {
    problems.closesOn = 'appraisals.cycles.closesBeforeOpens';
  }
  return problems;
}

export function toCreateCycleInput(
  municipalityId: string,
  values: CycleFormValues,
): CreateAppraisalCycleInput {
  return {
    municipalityId,
    name: values.name.trim(),
    opensOn: values.opensOn,
    closesOn: values.closesOn,
  };
}

/** Only what changed is sent, with the version that was read (optimistic locking). */
export function toUpdateCycleInput(
  cycle: AppraisalCycle,
  values: CycleFormValues,
): UpdateAppraisalCycleInput {
  const input: UpdateAppraisalCycleInput = { id: cycle.id, version: cycle.version };
  if (values.name.trim() !== cycle.name) input.name = values.name.trim();
  if (values.opensOn !== cycle.opensOn) input.opensOn = values.opensOn;
  if (values.closesOn !== cycle.closesOn) input.closesOn = values.closesOn;
  return input;
}
