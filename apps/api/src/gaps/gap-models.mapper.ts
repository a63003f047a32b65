// The edge between the domain's gap report (@kp/domain, gap-report.ts) and the GraphQL types:
// domain values (plain string unions) become the API's enums here, figures become `Figure`s.

import type {
  BreakdownRow,
  EvaluatedRequirement,
  GapHorizon,
  GapReportLevel,
  GapRollUp as DomainRollUp,
  Measure as DomainMeasure,
  Priority as DomainPriority,
  RequirementGap as DomainGap,
} from '@kp/domain';
import { topPriority } from '@kp/domain';
import { Horizon, Measure, Priority } from '../requirements/requirement.enums';
import { figure } from './gap-figures';
import {
  type GapFigures,
  type GapRollUp,
  type GapRollUpFigures,
  GapScopeLevel,
  type RequirementGap,
} from './models/gap-analysis.model';

const HORIZON: Record<GapHorizon, Horizon> = {
  NOW: Horizon.NOW,
  ONE_YEAR: Horizon.ONE_YEAR,
  THREE_YEARS: Horizon.THREE_YEARS,
};
const MEASURE: Record<DomainMeasure, Measure> = { HEADCOUNT: Measure.HEADCOUNT, FTE: Measure.FTE };
const PRIORITY: Record<DomainPriority, Priority> = {
  CRITICAL: Priority.CRITICAL,
  IMPORTANT: Priority.IMPORTANT,
  DESIRABLE: Priority.DESIRABLE,
};
const LEVEL: Record<GapReportLevel, GapScopeLevel> = {
  REGION: GapScopeLevel.REGION,
  MUNICIPALITY: GapScopeLevel.MUNICIPALITY,
  UNIT: GapScopeLevel.UNIT,
};

export function toGapFigures(g: DomainGap, rounded: boolean): GapFigures {
  return {
    retirementAge: g.retirementAge,
    holdersHeadcount: figure(g.holdersHeadcount, rounded),
    holdersFte: figure(g.holdersFte, rounded),
    holders: figure(g.holders, rounded),
    expectedHeadcount: figure(g.expectedHeadcount, rounded),
    expectedFte: figure(g.expectedFte, rounded),
    expected: figure(g.expected, rounded),
    gap: figure(g.gap, rounded),
    surplus: figure(g.surplus, rounded),
    coverage: figure(g.coverage, rounded),
  };
}

export function toRequirementGap(e: EvaluatedRequirement): RequirementGap {
  const g = e.main;
  return {
    requirementId: g.requirementId,
    unitId: g.unitId,
    municipalityId: g.municipalityId,
    competenceId: g.competenceId,
    minLevel: g.minLevel,
    required: g.required,
    measure: MEASURE[g.measure],
    priority: PRIORITY[g.priority],
    horizon: HORIZON[e.horizon],
    horizonDate: g.horizonDate,
    ...toGapFigures(g, e.rounded),
    earlyRetirement: e.early ? toGapFigures(e.early, e.rounded) : null,
  };
}

function rollUpFigures(r: DomainRollUp, age: number, rounded: boolean): GapRollUpFigures {
  return {
    retirementAge: age,
    gap: figure(r.gap, rounded),
    surplus: figure(r.surplus, rounded),
    expected: figure(r.expected, rounded),
    covered: figure(r.covered, rounded),
    coverage: figure(r.coverage, rounded),
  };
}

export function toGapRollUp(
  row: BreakdownRow,
  ids: { scopeId: string; municipalityId: string | null; unitId: string | null },
): GapRollUp {
  const main = row.rollUp;
  const age = row.members[0].main.retirementAge;
  return {
    scopeLevel: LEVEL[row.level],
    scopeId: ids.scopeId,
    unitId: ids.unitId,
    municipalityId: ids.municipalityId,
    competenceId: main.competenceId,
    measure: MEASURE[main.measure],
    horizon: HORIZON[row.horizon],
    horizonDate: row.members[0].main.horizonDate,
    priority: PRIORITY[topPriority(row.members)],
    requirementCount: main.requirementCount,
    required: main.required,
    ...rollUpFigures(main, age, row.rounded),
    earlyRetirement:
      row.early && row.members[0].early
        ? rollUpFigures(row.early, row.members[0].early.retirementAge, row.rounded)
        : null,
  };
}

/** A domain horizon as the API's enum. */
export function toHorizon(horizon: GapHorizon): Horizon {
  return HORIZON[horizon];
}

/** A domain measure or priority as the API's enum. */
export const toMeasure = (measure: DomainMeasure): Measure => MEASURE[measure];
export const toPriority = (priority: DomainPriority): Priority => PRIORITY[priority];
