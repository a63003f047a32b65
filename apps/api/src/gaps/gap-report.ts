// Pure shaping of the engine's rows into what the API answers: domain RequirementGaps, the
// roll-ups of one breakdown, the lines suppression runs over, and the order "biggest gaps
// first". No I/O, so every rule here is a plain function of its input.

import {
  compareGapsBiggestFirst,
  type GapRollUp as DomainRollUp,
  PRIORITIES,
  type RequirementGap as DomainGap,
  rollUpByMunicipality,
  rollUpByRegion,
  rollUpByUnit,
} from '@kp/domain';
import { Horizon } from '../requirements/requirement.enums';
import type { HorizonDates } from '../requirements/horizons';
import {
  type Decision,
  earlyScenarioDecision,
  figure,
  type LineCell,
  suppressLine,
  VISIBLE,
} from './gap-suppression';
import type { EngineRow } from './gaps.repository';
import {
  GapBreakdown,
  type GapFigures,
  type GapRollUp,
  type GapRollUpFigures,
  GapScopeLevel,
  type RequirementGap,
} from './models/gap-analysis.model';

/** A requirement at one horizon: the main scenario and, when asked, the early one. */
export interface EvaluatedRequirement {
  key: string;
  horizon: Horizon;
  main: DomainGap;
  early: DomainGap | null;
  /** Path of the requirement's unit (ids from the root). */
  path: string[];
}

function toDomain(row: EngineRow, scopeRegionId: string, dates: HorizonDates): DomainGap {
  const gap: DomainGap = {
    requirementId: row.requirementId,
    unitId: row.unitId,
    municipalityId: row.municipalityId,
    regionId: scopeRegionId,
    competenceId: row.competenceId,
    minLevel: row.minLevel,
    required: row.required,
    measure: row.measure,
    horizonDate: dates[row.horizon],
    priority: row.priority,
    retirementAge: row.age,
    holdersHeadcount: row.holdersHeadcount,
    holdersFte: row.holdersFte,
    expectedHeadcount: row.expectedHeadcount,
    expectedFte: row.expectedFte,
    holders: row.holders,
    expected: row.expected,
    gap: row.gap,
    surplus: row.surplus,
    coverage: row.coverage,
    earlyRetirement: null,
  };
  return gap;
}

/** Pairs the engine's rows (one per age) into requirements at horizons. */
export function evaluate(
  rows: readonly EngineRow[],
  options: {
    regionId: string;
    dates: HorizonDates;
    retirementAge: number;
    earlyAge: number | null;
    pathOf: (unitId: string) => string[];
  },
): EvaluatedRequirement[] {
  const byKey = new Map<string, EvaluatedRequirement>();
  const early = new Map<string, DomainGap>();
  for (const row of rows) {
    const key = `${row.requirementId}|${row.horizon}`;
    const gap = toDomain(row, options.regionId, options.dates);
    if (row.age === options.retirementAge) {
      byKey.set(key, {
        key,
        horizon: row.horizon,
        main: gap,
        early: null,
        path: options.pathOf(row.unitId),
      });
    }
    if (options.earlyAge !== null && row.age === options.earlyAge) early.set(key, gap);
  }
  for (const [key, evaluated] of byKey) evaluated.early = early.get(key) ?? null;
  return [...byKey.values()];
}

export function lineKey(g: { competenceId: string; measure: string }, horizon: Horizon): string {
  return `${g.competenceId}|${g.measure}|${horizon}`;
}

/**
 * A lower bound of the distinct people behind cells rooted at units (or municipalities):
 * cells under another cell's root share people with it, so each group of nested roots adds
 * only its largest count, and separate groups add up.
 */
export function distinctLowerBound(
  cells: ReadonlyArray<{ path: string[]; count: number }>,
): number {
  const roots = new Set(cells.map((c) => c.path[c.path.length - 1]));
  const groups = new Map<string, number>();
  for (const cell of cells) {
    const top = cell.path.find((id) => roots.has(id)) ?? cell.path[cell.path.length - 1];
    groups.set(top, Math.max(groups.get(top) ?? 0, cell.count));
  }
  let sum = 0;
  for (const value of groups.values()) sum += value;
  return sum;
}

/** A row of a breakdown: its roll-up and the requirements it sums. */
export interface BreakdownRow {
  rollUp: DomainRollUp;
  early: DomainRollUp | null;
  horizon: Horizon;
  level: GapScopeLevel;
  /** Path of the row's root: unit path, or [municipality id]. */
  path: string[];
  members: EvaluatedRequirement[];
}

interface Group {
  level: GapScopeLevel;
  path: string[];
  members: EvaluatedRequirement[];
}

/** One row from a group of requirements of one line, summed by `rollUp` (one result). */
function rowOf(group: Group, rollUp: (gaps: DomainGap[]) => DomainRollUp[]): BreakdownRow {
  const [main] = rollUp(group.members.map((m) => m.main));
  const earlyGaps = group.members.map((m) => m.early).filter((g): g is DomainGap => g !== null);
  const early = earlyGaps.length === group.members.length ? rollUp(earlyGaps)[0] : null;
  return {
    rollUp: main,
    early,
    horizon: group.members[0].horizon,
    level: group.level,
    path: group.path,
    members: group.members,
  };
}

/**
 * Rows of one breakdown, each summing its requirements with the domain's roll-up rules, and
 * the scope's totals. Each row and total is one competence × measure × horizon.
 * - MUNICIPALITY: per municipality;
 * - UNIT: per unit directly under the scope (per top unit for a municipality or the region),
 *   and the scope unit itself for requirements set on it;
 * - REQUIREMENT: no roll-up rows (the requirements are the rows).
 */
export function breakdownRows(
  evaluated: readonly EvaluatedRequirement[],
  breakdown: GapBreakdown,
  scope: {
    level: GapScopeLevel;
    id: string;
    unitPath: string[] | null;
    /** How deep the unit rows lie: the scope unit's depth + 1, or below a lone root unit. */
    bucketDepth: (e: EvaluatedRequirement) => number;
  },
): { rows: BreakdownRow[]; totals: BreakdownRow[] } {
  const groups = new Map<string, Group>();
  const add = (id: string, level: GapScopeLevel, path: string[], e: EvaluatedRequirement) => {
    const key = `${id}|${lineKey(e.main, e.horizon)}`;
    let group = groups.get(key);
    if (!group) {
      group = { level, path, members: [] };
      groups.set(key, group);
    }
    group.members.push(e);
  };
  const totals = new Map<string, Group>();
  for (const e of evaluated) {
    const key = lineKey(e.main, e.horizon);
    let total = totals.get(key);
    if (!total) {
      total = { level: scope.level, path: scope.unitPath ?? [scope.id], members: [] };
      totals.set(key, total);
    }
    total.members.push(e);

    if (breakdown === GapBreakdown.MUNICIPALITY) {
      add(e.main.municipalityId, GapScopeLevel.MUNICIPALITY, [e.main.municipalityId], e);
    } else if (breakdown === GapBreakdown.UNIT) {
      const bucketPath = e.path.slice(0, Math.min(scope.bucketDepth(e), e.path.length));
      add(bucketPath[bucketPath.length - 1], GapScopeLevel.UNIT, bucketPath, e);
    }
  }
  const rows: BreakdownRow[] = [];
  for (const group of groups.values()) {
    const id = group.path[group.path.length - 1];
    rows.push(
      rowOf(group, (gaps) =>
        group.level === GapScopeLevel.MUNICIPALITY
          ? rollUpByMunicipality(gaps)
          : rollUpByUnit(
              gaps.map((g) => ({ ...g, unitId: id })),
              [{ id, parentId: null }],
            ),
      ),
    );
  }
  const scopeTotals = [...totals.values()].map((group) =>
    rowOf(group, (gaps) => rollUpByRegion(gaps.map((g) => ({ ...g, regionId: scope.id })))),
  );
  return { rows, totals: scopeTotals };
}

/** Decisions for every cell of every line (rows of one competence × measure × horizon). */
export function suppressBreakdown(
  cells: ReadonlyArray<{
    line: string;
    path: string[];
    members: EvaluatedRequirement[];
    known: boolean;
  }>,
  totals: ReadonlyMap<string, { known: boolean }>,
  k: number,
): { cells: Decision[]; totals: Map<string, Decision> } {
  const decisions: Decision[] = cells.map(() => VISIBLE);
  const totalDecisions = new Map<string, Decision>();
  const lines = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const list = lines.get(cell.line) ?? [];
    list.push(index);
    lines.set(cell.line, list);
  });
  for (const [line, indexes] of lines) {
    const lineCells: LineCell[] = indexes.map((i) => ({
      value: cells[i].members.reduce((sum, m) => sum + m.main.gap, 0),
      count: distinctLowerBound(
        cells[i].members.map((m) => ({ path: m.path, count: m.main.holdersHeadcount })),
      ),
      known: cells[i].known,
    }));
    const unknownPeople = distinctLowerBound(
      indexes
        .filter((i) => !cells[i].known)
        .flatMap((i) =>
          cells[i].members.map((m) => ({ path: m.path, count: m.main.holdersHeadcount })),
        ),
    );
    const result = suppressLine(lineCells, {
      k,
      totalKnown: totals.get(line)?.known ?? false,
      totalCount: unknownPeople,
    });
    indexes.forEach((cellIndex, i) => (decisions[cellIndex] = result.cells[i]));
    totalDecisions.set(line, result.total);
  }
  return { cells: decisions, totals: totalDecisions };
}

/**
 * The early-retirement scenario differs from the main one by the people between the two ages;
 * when that is a small group (or the scenario's holders are), its figures are hidden too.
 */
export function earlyDecision(
  members: readonly EvaluatedRequirement[],
  main: Decision,
  k: number,
  known: boolean,
): Decision {
  const headcounts = members.flatMap((m) =>
    m.early ? [{ main: m.main.holdersHeadcount, early: m.early.holdersHeadcount }] : [],
  );
  return earlyScenarioDecision(main, headcounts, k, known);
}

export function toGapFigures(g: DomainGap, decision: Decision, k: number): GapFigures {
  return {
    retirementAge: g.retirementAge,
    holdersHeadcount: figure(g.holdersHeadcount, decision, k),
    holdersFte: figure(g.holdersFte, decision, k),
    holders: figure(g.holders, decision, k),
    expectedHeadcount: figure(g.expectedHeadcount, decision, k),
    expectedFte: figure(g.expectedFte, decision, k),
    expected: figure(g.expected, decision, k),
    gap: figure(g.gap, decision, k),
    surplus: figure(g.surplus, decision, k),
    coverage: figure(g.coverage, decision, k),
  };
}

export function toRequirementGap(
  e: EvaluatedRequirement,
  decision: Decision,
  early: Decision,
  k: number,
): RequirementGap {
  const g = e.main;
  return {
    requirementId: g.requirementId,
    unitId: g.unitId,
    municipalityId: g.municipalityId,
    competenceId: g.competenceId,
    minLevel: g.minLevel,
    required: g.required,
    measure: g.measure as RequirementGap['measure'],
    priority: g.priority as RequirementGap['priority'],
    horizon: e.horizon,
    horizonDate: g.horizonDate,
    ...toGapFigures(g, decision, k),
    earlyRetirement: e.early ? toGapFigures(e.early, early, k) : null,
  };
}

function rollUpFigures(
  r: DomainRollUp,
  age: number,
  decision: Decision,
  k: number,
): GapRollUpFigures {
  return {
    retirementAge: age,
    gap: figure(r.gap, decision, k),
    surplus: figure(r.surplus, decision, k),
    covered: figure(r.covered, decision, k),
    coverage: figure(r.coverage, decision, k),
  };
}

/** The most urgent priority among the requirements of a row. */
function topPriority(members: readonly EvaluatedRequirement[]): RequirementGap['priority'] {
  const ranks = members.map((m) => PRIORITIES.indexOf(m.main.priority));
  return PRIORITIES[Math.min(...ranks)] as RequirementGap['priority'];
}

export function toGapRollUp(
  row: BreakdownRow,
  decision: Decision,
  early: Decision,
  k: number,
  ids: { scopeId: string; municipalityId: string | null; unitId: string | null },
): GapRollUp {
  const main = row.rollUp;
  const age = row.members[0].main.retirementAge;
  return {
    scopeLevel: row.level,
    scopeId: ids.scopeId,
    unitId: ids.unitId,
    municipalityId: ids.municipalityId,
    competenceId: main.competenceId,
    measure: main.measure as GapRollUp['measure'],
    horizon: row.horizon,
    horizonDate: row.members[0].main.horizonDate,
    priority: topPriority(row.members),
    requirementCount: main.requirementCount,
    required: main.required,
    ...rollUpFigures(main, age, decision, k),
    earlyRetirement:
      row.early && row.members[0].early
        ? rollUpFigures(row.early, row.members[0].early.retirementAge, early, k)
        : null,
  };
}

/**
 * Biggest gaps first, as the domain orders requirements. Hidden figures must not leak through
 * the order, so rows whose gap is hidden come last, ordered by priority, required and id only.
 */
export function sortForDisplay<
  T extends {
    gap: { value: number | null; suppressed: boolean };
    coverage: { value: number | null };
    priority: string;
    required: number;
  },
>(items: readonly T[], idOf: (item: T) => string): T[] {
  const rank = (p: string) => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number]);
  return [...items].sort((a, b) => {
    if (a.gap.suppressed !== b.gap.suppressed) return a.gap.suppressed ? 1 : -1;
    if (a.gap.suppressed) {
      return (
        rank(a.priority) - rank(b.priority) ||
        b.required - a.required ||
        (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0)
      );
    }
    return compareGapsBiggestFirst(
      {
        gap: a.gap.value ?? 0,
        priority: a.priority as DomainGap['priority'],
        coverage: a.coverage.value,
        requirementId: idOf(a),
      },
      {
        gap: b.gap.value ?? 0,
        priority: b.priority as DomainGap['priority'],
        coverage: b.coverage.value,
        requirementId: idOf(b),
      },
    );
  });
}
