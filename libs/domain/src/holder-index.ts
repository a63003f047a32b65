// The data structure behind the gap engine (internal to the library): who, in a unit's
// subtree, holds a competence at a level on a horizon, answered with two binary searches.
//
// Active employees are sorted once by their unit's position in the depth-first numbering of
// the tree (see organisation-tree.ts), so everyone under a unit is one contiguous run. For
// each (competence, horizon, retirement age) the competence's holdings and planned
// completions are scanned once, keeping each person's best level; for each minimum level the
// qualifying people are a filtered copy in the same order with running FTE totals. The rules
// themselves are documented on computeGaps.

import type { GapEmployee, GapHolding, GapRequirement, PlannedCompletion } from './gap-analysis';
import { type IsoDate, yearOf } from './iso-date';
import type { IndexedUnit, OrganisationIndex } from './organisation-tree';

export interface PeopleInRange {
  headcount: number;
  /** Sum of stillingsprosent × 100 (1 FTE = 10 000). */
  fteUnits: number;
  /** In tree order, then by id. */
  employeeIds(): string[];
}

export interface HolderIndex {
  query(
    requirement: Pick<GapRequirement, 'competenceId' | 'minLevel' | 'horizonDate'>,
    unit: IndexedUnit,
    retirementAge: number,
  ): { holders: PeopleInRange; expected: PeopleInRange };
}

/** Parallel typed arrays indexed by rank (position in the global tree order). */
interface EmployeeTable {
  rankOf: Map<string, number>;
  ids: string[];
  enter: Int32Array;
  fteUnits: Float64Array;
  birthYear: Float64Array;
}

/** A sorted run of people with running FTE totals. */
interface RangeIndex {
  ranks: Int32Array;
  enters: Int32Array;
  /** fteBefore[i] = FTE units of the first i people; exact for whole numbers up to 2^53. */
  fteBefore: Float64Array;
}

/** Everyone not retired with some held or planned level, in rank order (-Infinity = none). */
interface Candidates {
  ranks: Int32Array;
  held: Float64Array;
  planned: Float64Array;
}

/** A competence's rows resolved once: rank (-1 = not counted), level, date as a number. */
interface ResolvedRows {
  ranks: Int32Array;
  levels: Float64Array;
  dates: Float64Array;
}

/** 'YYYY-MM-DD' → YYYYMMDD: numbers that order like the dates. */
function dateNumber(date: IsoDate): number {
  return (
    Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

function percentToUnits(percent: number): number {
  return Math.round(percent * 100);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** First index whose value is >= target (or > target when `after`). */
function bound(values: Int32Array, target: number, after: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? values[mid] <= target : values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildEmployeeTable(
  employees: readonly GapEmployee[],
  org: OrganisationIndex,
): EmployeeTable {
  const active: { id: string; enter: number; fteUnits: number; birthYear: number }[] = [];
  for (const e of employees) {
    if (!Number.isFinite(e.fte) || e.fte < 0) {
      throw new RangeError(`employee ${e.id} has an invalid stillingsprosent ${e.fte}`);
    }
    if (!e.active || !org.hasUnit(e.unitId)) continue;
    active.push({
      id: e.id,
      enter: org.unit(e.unitId).enter,
      fteUnits: percentToUnits(e.fte),
      birthYear: e.birthYear,
    });
  }
  active.sort((a, b) => a.enter - b.enter || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    rankOf: new Map(active.map((e, rank) => [e.id, rank])),
    ids: active.map((e) => e.id),
    enter: Int32Array.from(active, (e) => e.enter),
    fteUnits: Float64Array.from(active, (e) => e.fteUnits),
    birthYear: Float64Array.from(active, (e) => e.birthYear),
  };
}

function buildRangeIndex(
  table: EmployeeTable,
  c: Candidates,
  keep: (i: number) => boolean,
): RangeIndex {
  let size = 0;
  for (let i = 0; i < c.ranks.length; i += 1) if (keep(i)) size += 1;
  const ranks = new Int32Array(size);
  const enters = new Int32Array(size);
  const fteBefore = new Float64Array(size + 1);
  let j = 0;
  for (let i = 0; i < c.ranks.length; i += 1) {
    if (!keep(i)) continue;
    const rank = c.ranks[i];
    ranks[j] = rank;
    enters[j] = table.enter[rank];
    fteBefore[j + 1] = fteBefore[j] + table.fteUnits[rank];
    j += 1;
  }
  return { ranks, enters, fteBefore };
}

/**
 * Throws for an employee with an invalid stillingsprosent. Employees that are inactive or
 * whose unit is not in the tree are left out: they are in no requirement's scope.
 */
export function createHolderIndex(
  input: {
    employees: readonly GapEmployee[];
    holdings: readonly GapHolding[];
    plannedCompletions: readonly PlannedCompletion[];
  },
  org: OrganisationIndex,
  today: IsoDate,
): HolderIndex {
  const table = buildEmployeeTable(input.employees, org);
  const holdingsByCompetence = groupBy(input.holdings, (h) => h.competenceId);
  const completionsByCompetence = groupBy(input.plannedCompletions, (c) => c.competenceId);

  const resolve = <T extends { employeeId: string; level: number }>(
    rows: readonly T[],
    dateOf: (row: T) => IsoDate | null,
  ): ResolvedRows => ({
    ranks: Int32Array.from(rows, (row) => table.rankOf.get(row.employeeId) ?? -1),
    levels: Float64Array.from(rows, (row) => row.level),
    dates: Float64Array.from(rows, (row) => {
      const date = dateOf(row);
      return date === null ? Number.POSITIVE_INFINITY : dateNumber(date);
    }),
  });
  const resolvedCache = new Map<string, { held: ResolvedRows; planned: ResolvedRows }>();
  const resolvedFor = (competenceId: string) => {
    let resolved = resolvedCache.get(competenceId);
    if (!resolved) {
      resolved = {
        held: resolve(holdingsByCompetence.get(competenceId) ?? [], (h) => h.validUntil),
        planned: resolve(completionsByCompetence.get(competenceId) ?? [], (c) => c.expectedDate),
      };
      resolvedCache.set(competenceId, resolved);
    }
    return resolved;
  };

  // Scratch space indexed by rank, reset after each use, so finding each person's best
  // level needs no map.
  const heldScratch = new Float64Array(table.ids.length).fill(Number.NEGATIVE_INFINITY);
  const plannedScratch = new Float64Array(table.ids.length).fill(Number.NEGATIVE_INFINITY);
  const seen = new Uint8Array(table.ids.length);

  const candidateCache = new Map<string, Candidates>();
  const candidatesFor = (competenceId: string, horizon: IsoDate, age: number): Candidates => {
    const key = [competenceId, horizon, age].join('\u0000');
    const cached = candidateCache.get(key);
    if (cached) return cached;
    const horizonNumber = dateNumber(horizon);
    // Retired: age at the horizon >= retirement age, only for a horizon after today.
    const lastRetiredBirthYear = horizon > today ? yearOf(horizon) - age : Number.NEGATIVE_INFINITY;
    const touched: number[] = [];
    // Holdings count when still valid on the horizon, completions when expected by it.
    const collect = (rows: ResolvedRows, scratch: Float64Array, isHolding: boolean) => {
      for (let i = 0; i < rows.ranks.length; i += 1) {
        const rank = rows.ranks[i];
        const date = rows.dates[i];
        if (rank < 0 || (isHolding ? date < horizonNumber : date > horizonNumber)) continue;
        if (table.birthYear[rank] <= lastRetiredBirthYear) continue;
        if (seen[rank] === 0) {
          seen[rank] = 1;
          touched.push(rank);
        }
        if (rows.levels[i] > scratch[rank]) scratch[rank] = rows.levels[i];
      }
    };
    const { held, planned } = resolvedFor(competenceId);
    collect(held, heldScratch, true);
    collect(planned, plannedScratch, false);

    const ranks = Int32Array.from(touched).sort();
    const built: Candidates = {
      ranks,
      held: Float64Array.from(ranks, (rank) => heldScratch[rank]),
      planned: Float64Array.from(ranks, (rank) => plannedScratch[rank]),
    };
    for (const rank of touched) {
      heldScratch[rank] = Number.NEGATIVE_INFINITY;
      plannedScratch[rank] = Number.NEGATIVE_INFINITY;
      seen[rank] = 0;
    }
    candidateCache.set(key, built);
    return built;
  };

  const rangeCache = new Map<string, { holders: RangeIndex; expected: RangeIndex }>();
  const rangesFor = (
    r: Pick<GapRequirement, 'competenceId' | 'minLevel' | 'horizonDate'>,
    age: number,
  ) => {
    const key = [r.competenceId, r.minLevel, r.horizonDate, age].join('\u0000');
    const cached = rangeCache.get(key);
    if (cached) return cached;
    const c = candidatesFor(r.competenceId, r.horizonDate, age);
    const min = r.minLevel;
    const built = {
      // A holder holds the level; expected are the others who are planned to reach it.
      holders: buildRangeIndex(table, c, (i) => c.held[i] >= min),
      expected: buildRangeIndex(table, c, (i) => c.held[i] < min && c.planned[i] >= min),
    };
    rangeCache.set(key, built);
    return built;
  };

  const inRange = (index: RangeIndex, unit: IndexedUnit): PeopleInRange => {
    const from = bound(index.enters, unit.enter, false);
    const to = bound(index.enters, unit.exit, true);
    return {
      headcount: to - from,
      fteUnits: index.fteBefore[to] - index.fteBefore[from],
      employeeIds: () => Array.from(index.ranks.subarray(from, to), (rank) => table.ids[rank]),
    };
  };

  return {
    query(requirement, unit, retirementAge) {
      const ranges = rangesFor(requirement, retirementAge);
      return { holders: inRange(ranges.holders, unit), expected: inRange(ranges.expected, unit) };
    },
  };
}
