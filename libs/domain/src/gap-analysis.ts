// The gap engine: for each requirement (unit × competence × minimum level × how many × horizon)
// how many people hold the competence at the horizon, how many are expected to gain it from
// planned measures, and the resulting gap or surplus. Derived, never hand-entered.
//
// It is mirrored in SQL for speed; a test generates random organisations and checks that both
// agree, so every rule here is written to be expressible as a plain join and a sum, and FTE is
// summed in whole numbers (see FTE_UNITS) so the two never differ by floating-point noise.

import { createHolderIndex } from './holder-index';
import { assertIsoDate, type IsoDate } from './iso-date';
import {
  buildOrganisationIndex,
  type IndexedUnit,
  type Municipality,
  type OrgUnit,
} from './organisation-tree';

export type Measure = 'HEADCOUNT' | 'FTE';
export type Priority = 'CRITICAL' | 'IMPORTANT' | 'DESIRABLE';

/** Most urgent first. */
export const PRIORITIES: readonly Priority[] = ['CRITICAL', 'IMPORTANT', 'DESIRABLE'];

export const DEFAULT_RETIREMENT_AGE = 67;

export interface GapRequirement {
  id: string;
  unitId: string;
  competenceId: string;
  minLevel: number;
  /** Headcount, or FTE (e.g. 2.5) when measure is 'FTE'. */
  required: number;
  measure: Measure;
  horizonDate: IsoDate;
  priority: Priority;
}

export interface GapEmployee {
  id: string;
  unitId: string;
  /** Stillingsprosent, 0–100 (e.g. 80 for an 80 % position). */
  fte: number;
  birthYear: number;
  active: boolean;
}

/**
 * Realkompetanse the engine counts: a level and the last day it counts. An employee may have
 * several rows for one competence (see toGapHoldings); any row that qualifies makes a holder,
 * and a person is counted once.
 */
export interface GapHolding {
  employeeId: string;
  competenceId: string;
  level: number;
  validUntil: IsoDate | null;
}

/** A measure's participant who is planned to reach `level` by `expectedDate`. */
export interface PlannedCompletion {
  employeeId: string;
  competenceId: string;
  level: number;
  expectedDate: IsoDate;
}

export interface GapInput {
  units: readonly OrgUnit[];
  municipalities: readonly Municipality[];
  employees: readonly GapEmployee[];
  holdings: readonly GapHolding[];
  plannedCompletions: readonly PlannedCompletion[];
  requirements: readonly GapRequirement[];
}

export interface GapSettings {
  today: IsoDate;
  /** Default 67. */
  retirementAge?: number;
  /** A second scenario, e.g. 62 (AFP): computed alongside when given. */
  earlyRetirementAge?: number | null;
  /** Add the ids of holders and expected employees (personal data: only for those allowed). */
  includeEmployeeIds?: boolean;
}

export interface GapFigures {
  retirementAge: number;
  holdersHeadcount: number;
  /** FTE, rounded to 2 decimals. */
  holdersFte: number;
  expectedHeadcount: number;
  expectedFte: number;
  /** holders, expected, gap and surplus in the requirement's own measure. */
  holders: number;
  expected: number;
  gap: number;
  surplus: number;
  /** holders / required, rounded to 4 decimals; null when nothing is required. */
  coverage: number | null;
  holderEmployeeIds?: string[];
  expectedEmployeeIds?: string[];
}

export interface RequirementGap extends GapFigures {
  requirementId: string;
  unitId: string;
  municipalityId: string;
  regionId: string;
  competenceId: string;
  minLevel: number;
  required: number;
  measure: Measure;
  horizonDate: IsoDate;
  priority: Priority;
  /** The same figures under settings.earlyRetirementAge, or null. */
  earlyRetirement: GapFigures | null;
}

/**
 * FTE is summed in units of 1/10 000 FTE (stillingsprosent × 100), which is exact for
 * stillingsprosent given to two decimals (33,33 %) and keeps sums free of binary fractions.
 */
export const FTE_UNITS = 10_000;

function unitsToFte(units: number): number {
  return Math.round(units / 100) / 100;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Held, gap, surplus (årsverk) and coverage of a need in årsverk, both given in FTE units. */
export function fteGapFigures(
  requiredUnits: number,
  heldUnits: number,
): { holders: number; gap: number; surplus: number; coverage: number | null } {
  return {
    holders: unitsToFte(heldUnits),
    gap: unitsToFte(Math.max(0, requiredUnits - heldUnits)),
    surplus: unitsToFte(Math.max(0, heldUnits - requiredUnits)),
    coverage: requiredUnits > 0 ? round4(heldUnits / requiredUnits) : null,
  };
}

function validateRequirement(r: GapRequirement): void {
  assertIsoDate(r.horizonDate, `requirement ${r.id} horizonDate`);
  if (r.measure !== 'HEADCOUNT' && r.measure !== 'FTE') {
    throw new RangeError(`requirement ${r.id} has unknown measure ${String(r.measure)}`);
  }
  if (!PRIORITIES.includes(r.priority)) {
    throw new RangeError(`requirement ${r.id} has unknown priority ${String(r.priority)}`);
  }
  if (!Number.isFinite(r.required) || r.required < 0) {
    throw new RangeError(`requirement ${r.id} needs a required amount >= 0`);
  }
  if (!Number.isFinite(r.minLevel)) throw new RangeError(`requirement ${r.id} needs a minLevel`);
}

function validateRetirementAge(age: number, name: string): void {
  if (!Number.isInteger(age) || age <= 0) {
    throw new RangeError(`${name} must be a positive whole number of years`);
  }
}

/**
 * A requirement's figures from the people counted for it: holders and those expected from
 * planned measures, each as a head count and FTE units. Shared by computeGaps and the figures
 * built from rounded atoms (protection/figures.ts), so both apply the same arithmetic.
 */
export function gapFiguresOf(
  r: Pick<GapRequirement, 'required' | 'measure'>,
  h: { headcount: number; fteUnits: number },
  x: { headcount: number; fteUnits: number },
  age: number,
): GapFigures {
  let holders: number;
  let expected: number;
  let gap: number;
  let surplus: number;
  let coverage: number | null;
  if (r.measure === 'FTE') {
    ({ holders, gap, surplus, coverage } = fteGapFigures(
      Math.round(r.required * FTE_UNITS),
      h.fteUnits,
    ));
    expected = unitsToFte(x.fteUnits);
  } else {
    holders = h.headcount;
    expected = x.headcount;
    gap = round2(Math.max(0, r.required - h.headcount));
    surplus = round2(Math.max(0, h.headcount - r.required));
    coverage = r.required > 0 ? round4(h.headcount / r.required) : null;
  }
  return {
    retirementAge: age,
    holdersHeadcount: h.headcount,
    holdersFte: unitsToFte(h.fteUnits),
    expectedHeadcount: x.headcount,
    expectedFte: unitsToFte(x.fteUnits),
    holders,
    expected,
    gap,
    surplus,
    coverage,
  };
}

/**
 * Computes every requirement's figures, in the order the requirements were given.
 * Throws for a requirement whose unit is not in `units`.
 *
 * Rules, per requirement:
 * - scope: active employees whose unit is the requirement's unit or below it; employees in a
 *   unit outside `units` are in no scope;
 * - retired: at a horizon after today, someone whose age at the horizon
 *   (year(horizon) − birthYear) is at least the retirement age is left out; at a horizon of
 *   today or earlier nobody active is left out for age (they are at work now);
 * - holder: in scope, not retired, and a holding for the competence with level >= minLevel
 *   that is still valid on the horizon (validUntil null or >= horizon);
 * - expected: in scope, not retired, not a holder, and a planned completion for the
 *   competence at level >= minLevel expected on or before the horizon (also when the expected
 *   date has passed: the measure is still planned). Shown apart, never added to holders;
 * - gap = max(0, required − holders), surplus = max(0, holders − required),
 *   coverage = holders / required, in the requirement's measure.
 *
 * Cost (see holder-index.ts): employees are sorted once by tree position; each competence's
 * holdings are scanned once per distinct (horizon, retirement age) and filtered once per
 * minimum level; each requirement is then two binary searches. With few distinct horizons and
 * levels this is O(employees × log + holdings + requirements × log employees).
 */
export function computeGaps(input: GapInput, settings: GapSettings): RequirementGap[] {
  assertIsoDate(settings.today, 'settings.today');
  const today = settings.today;
  const retirementAge = settings.retirementAge ?? DEFAULT_RETIREMENT_AGE;
  validateRetirementAge(retirementAge, 'retirementAge');
  const earlyAge = settings.earlyRetirementAge ?? null;
  if (earlyAge !== null) validateRetirementAge(earlyAge, 'earlyRetirementAge');
  const withIds = settings.includeEmployeeIds ?? false;

  const org = buildOrganisationIndex(input.units, input.municipalities);

  const holderIndex = createHolderIndex(input, org, today);

  const figuresFor = (r: GapRequirement, unit: IndexedUnit, age: number): GapFigures => {
    const { holders: h, expected: x } = holderIndex.query(r, unit, age);
    const figures = gapFiguresOf(r, h, x, age);
    if (withIds) {
      figures.holderEmployeeIds = h.employeeIds();
      figures.expectedEmployeeIds = x.employeeIds();
    }
    return figures;
  };

  return input.requirements.map((r) => {
    validateRequirement(r);
    if (!org.hasUnit(r.unitId)) throw new Error(`requirement ${r.id} has unknown unit ${r.unitId}`);
    const unit = org.unit(r.unitId);
    return {
      requirementId: r.id,
      unitId: r.unitId,
      municipalityId: unit.municipalityId,
      regionId: unit.regionId,
      competenceId: r.competenceId,
      minLevel: r.minLevel,
      required: r.required,
      measure: r.measure,
      horizonDate: r.horizonDate,
      priority: r.priority,
      ...figuresFor(r, unit, retirementAge),
      earlyRetirement: earlyAge === null ? null : figuresFor(r, unit, earlyAge),
    };
  });
}

function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

/**
 * "Biggest gaps first": gap descending, then priority (critical first), then coverage
 * ascending (no coverage, i.e. nothing required, last), then requirement id so the order is
 * stable across runs.
 */
export function compareGapsBiggestFirst(
  a: Pick<RequirementGap, 'gap' | 'priority' | 'coverage' | 'requirementId'>,
  b: Pick<RequirementGap, 'gap' | 'priority' | 'coverage' | 'requirementId'>,
): number {
  if (a.gap !== b.gap) return b.gap - a.gap;
  const priority = priorityRank(a.priority) - priorityRank(b.priority);
  if (priority !== 0) return priority;
  const ca = a.coverage ?? Number.POSITIVE_INFINITY;
  const cb = b.coverage ?? Number.POSITIVE_INFINITY;
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.requirementId < b.requirementId ? -1 : a.requirementId > b.requirementId ? 1 : 0;
}
