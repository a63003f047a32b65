// Mobilisation (KS step 6 / Lai: "mobilisere"): use the competence that exists better by
// sharing people across units and municipalities. For each competence this pairs a
// requirement with a surplus and one with a gap in the same region, so a coordinator can see
// where a hospitation, a shared position or a resource team would close a gap.

import {
  compareGapsBiggestFirst,
  type Measure,
  type Priority,
  type RequirementGap,
} from './gap-analysis';
import { createAncestorLookup, type OrgUnit } from './organisation-tree';
import type { IsoDate } from './iso-date';

export interface MobilisationEndpoint {
  requirementId: string;
  unitId: string;
  municipalityId: string;
  minLevel: number;
  horizonDate: IsoDate;
  priority: Priority;
}

export interface MobilisationPair {
  competenceId: string;
  regionId: string;
  measure: Measure;
  from: MobilisationEndpoint & { surplus: number };
  to: MobilisationEndpoint & { gap: number; coverage: number | null };
  /** min(surplus, gap): at most this much of the gap the surplus could cover. */
  transferable: number;
}

export interface MobilisationGroup {
  competenceId: string;
  regionId: string;
  pairs: MobilisationPair[];
}

function endpoint(g: RequirementGap): MobilisationEndpoint {
  return {
    requirementId: g.requirementId,
    unitId: g.unitId,
    municipalityId: g.municipalityId,
    minLevel: g.minLevel,
    horizonDate: g.horizonDate,
    priority: g.priority,
  };
}

/** How many options to keep: per gap, and gaps (with an option) in all. */
export interface MobilisationLimits {
  /** The best sources for each gap (largest surplus first). */
  perGap: number;
  /** The biggest gaps (by "biggest gaps first") across every competence. */
  gaps: number;
}

/**
 * What the API sends (docs/benchmarks.md): the 100 biggest gaps that have a source, each with
 * its three largest surpluses. A region of 356 municipalities has thousands of surpluses and
 * gaps per competence; every pair of them is millions of options that nobody reads.
 */
export const MOBILISATION_LIMITS: MobilisationLimits = { perGap: 3, gaps: 100 };

/**
 * Pairs (surplus, gap) for the same competence in the same region when:
 * - both use the same measure (a headcount surplus says nothing about an FTE gap's size);
 * - the surplus is at least at the level the gap needs (surplus minLevel >= gap minLevel);
 * - the units differ and neither lies under the other, because a parent's surplus already
 *   counts the people of its sub-units: "lending" them to their own unit moves nobody.
 * Groups are ordered by competence and region; pairs within a group by the gap's size,
 * largest first (then priority and coverage as in "biggest gaps first"), then by surplus.
 *
 * With `limits`, each gap keeps only its `perGap` first sources, and only the `gaps` biggest
 * gaps with a source are kept (the work and the answer stay bounded by gaps × perGap; without
 * limits every pair is listed).
 */
export function mobilisationOptions(
  gaps: readonly RequirementGap[],
  units: readonly Pick<OrgUnit, 'id' | 'parentId'>[],
  limits?: MobilisationLimits,
): MobilisationGroup[] {
  const ancestors = createAncestorLookup(units);
  const related = (a: string, b: string) => ancestors(a).includes(b) || ancestors(b).includes(a);
  const perGap = limits?.perGap ?? Number.POSITIVE_INFINITY;

  const groups = new Map<string, { surpluses: RequirementGap[]; gaps: RequirementGap[] }>();
  for (const g of gaps) {
    if (g.surplus <= 0 && g.gap <= 0) continue;
    const key = `${g.competenceId}\u0000${g.regionId}`;
    let group = groups.get(key);
    if (!group) {
      group = { surpluses: [], gaps: [] };
      groups.set(key, group);
    }
    if (g.surplus > 0) group.surpluses.push(g);
    if (g.gap > 0) group.gaps.push(g);
  }

  // every gap with its (at most perGap) sources, in the order of its group
  const perGroup: { gap: RequirementGap; pairs: MobilisationPair[] }[][] = [];
  for (const { surpluses, gaps: short } of groups.values()) {
    if (surpluses.length === 0 || short.length === 0) continue;
    short.sort(compareGapsBiggestFirst);
    surpluses.sort(
      (a, b) =>
        b.surplus - a.surplus ||
        (a.requirementId < b.requirementId ? -1 : a.requirementId > b.requirementId ? 1 : 0),
    );
    const entries: { gap: RequirementGap; pairs: MobilisationPair[] }[] = [];
    for (const to of short) {
      const pairs: MobilisationPair[] = [];
      for (const from of surpluses) {
        if (pairs.length >= perGap) break;
        if (from.measure !== to.measure) continue;
        if (from.minLevel < to.minLevel) continue;
        if (related(from.unitId, to.unitId)) continue;
        pairs.push({
          competenceId: to.competenceId,
          regionId: to.regionId,
          measure: to.measure,
          from: { ...endpoint(from), surplus: from.surplus },
          to: { ...endpoint(to), gap: to.gap, coverage: to.coverage },
          transferable: Math.min(from.surplus, to.gap),
        });
      }
      if (pairs.length > 0) entries.push({ gap: to, pairs });
    }
    if (entries.length > 0) perGroup.push(entries);
  }

  let kept: Set<RequirementGap> | null = null;
  if (limits) {
    const all = perGroup.flat().map((entry) => entry.gap);
    kept = new Set(all.sort(compareGapsBiggestFirst).slice(0, limits.gaps));
  }
  const result: MobilisationGroup[] = [];
  for (const entries of perGroup) {
    const pairs = entries.filter((entry) => !kept || kept.has(entry.gap)).flatMap((e) => e.pairs);
    if (pairs.length > 0) {
      result.push({ competenceId: pairs[0].competenceId, regionId: pairs[0].regionId, pairs });
    }
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return result.sort(
    (a, b) => compare(a.competenceId, b.competenceId) || compare(a.regionId, b.regionId),
  );
}
