// Roll-ups of per-requirement gaps by competence, at unit, municipality and region level.
//
// Required, gap and surplus are SUMS of the per-requirement figures. A surplus in one unit
// never cancels a gap in another: the nurse with spare dementia competence in Gjøvik does not
// make the shortage in Østre Toten go away until someone actually mobilises her, so netting
// them would hide exactly the gaps the plan must act on. Coverage is therefore the share of
// what is required that is met, (required − gap) / required, not holders / required.

import type { Measure, RequirementGap } from './gap-analysis';
import { createAncestorLookup, type OrgUnit } from './organisation-tree';

export type RollUpLevel = 'UNIT' | 'MUNICIPALITY' | 'REGION';

export interface GapRollUp {
  level: RollUpLevel;
  /** Unit, municipality or region id. */
  scopeId: string;
  competenceId: string;
  /** Headcount and FTE requirements are never added together. */
  measure: Measure;
  /** The horizon group (by default the horizon date). */
  horizonKey: string;
  requirementCount: number;
  required: number;
  gap: number;
  surplus: number;
  /** People (or FTE) expected from planned measures, beside the holders (shown apart). */
  expected: number;
  /** required − gap: the part of the requirement that is met. */
  covered: number;
  /** (required − gap) / required, rounded to 4 decimals; null when nothing is required. */
  coverage: number | null;
}

export interface RollUpOptions {
  /**
   * Which requirements belong to the same horizon. Requirements for different horizons are
   * never summed (today's need and the need in three years are not one need). Defaults to the
   * horizon date; pass e.g. a function returning 'NOW' / '1Y' / '3Y' when horizons are stored
   * as dates that differ by a few days between units.
   */
  horizonKey?: (gap: RequirementGap) => string;
}

// Sums in hundredths: the per-requirement figures carry two decimals, and adding them as
// whole numbers gives 0.3 rather than 0.30000000000000004 (and equals SUM() in SQL).
function cents(value: number): number {
  return Math.round(value * 100);
}

interface Accumulator {
  level: RollUpLevel;
  scopeId: string;
  competenceId: string;
  measure: Measure;
  horizonKey: string;
  requirementCount: number;
  required: number;
  gap: number;
  surplus: number;
  expected: number;
}

function rollUp(
  gaps: readonly RequirementGap[],
  level: RollUpLevel,
  scopesOf: (gap: RequirementGap) => readonly string[],
  options: RollUpOptions,
): GapRollUp[] {
  const horizonKey = options.horizonKey ?? ((g: RequirementGap) => g.horizonDate);
  const groups = new Map<string, Accumulator>();
  for (const g of gaps) {
    const horizon = horizonKey(g);
    for (const scopeId of scopesOf(g)) {
      const key = [scopeId, g.competenceId, g.measure, horizon].join('\u0000');
      let acc = groups.get(key);
      if (!acc) {
        acc = {
          level,
          scopeId,
          competenceId: g.competenceId,
          measure: g.measure,
          horizonKey: horizon,
          requirementCount: 0,
          required: 0,
          gap: 0,
          surplus: 0,
          expected: 0,
        };
        groups.set(key, acc);
      }
      acc.requirementCount += 1;
      acc.required += cents(g.required);
      acc.gap += cents(g.gap);
      acc.surplus += cents(g.surplus);
      acc.expected += cents(g.expected);
    }
  }

  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .sort(
      (a, b) =>
        compare(a.scopeId, b.scopeId) ||
        compare(a.competenceId, b.competenceId) ||
        compare(a.measure, b.measure) ||
        compare(a.horizonKey, b.horizonKey),
    )
    .map((acc) => ({
      ...acc,
      required: acc.required / 100,
      gap: acc.gap / 100,
      surplus: acc.surplus / 100,
      expected: acc.expected / 100,
      covered: (acc.required - acc.gap) / 100,
      coverage:
        acc.required > 0
          ? Math.round(((acc.required - acc.gap) / acc.required) * 10_000) / 10_000
          : null,
    }));
}

/**
 * One row per unit that has requirements in its subtree: a unit's figures include the
 * requirements of the units below it (a service area sums its departments).
 */
export function rollUpByUnit(
  gaps: readonly RequirementGap[],
  units: readonly Pick<OrgUnit, 'id' | 'parentId'>[],
  options: RollUpOptions = {},
): GapRollUp[] {
  const ancestors = createAncestorLookup(units);
  return rollUp(gaps, 'UNIT', (g) => ancestors(g.unitId), options);
}

export function rollUpByMunicipality(
  gaps: readonly RequirementGap[],
  options: RollUpOptions = {},
): GapRollUp[] {
  return rollUp(gaps, 'MUNICIPALITY', (g) => [g.municipalityId], options);
}

export function rollUpByRegion(
  gaps: readonly RequirementGap[],
  options: RollUpOptions = {},
): GapRollUp[] {
  return rollUp(gaps, 'REGION', (g) => [g.regionId], options);
}
