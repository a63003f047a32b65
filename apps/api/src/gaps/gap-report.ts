// Pure shaping of the engine's rows (exact) or of rounded atoms into what the API answers:
// domain RequirementGaps, the roll-ups of one breakdown, and the order "biggest gaps first".
// No I/O, so every rule here is a plain function of its input.

import {
  type AtomScope,
  compareGapsBiggestFirst,
  competenceCounts,
  type GapRollUp as DomainRollUp,
  PRIORITIES,
  protectedGapFigures,
  type RequirementGap as DomainGap,
  rollUpByMunicipality,
  rollUpByRegion,
  rollUpByUnit,
} from '@kp/domain';
import { Horizon } from '../requirements/requirement.enums';
import type { HorizonDates } from '../requirements/horizons';
import { figure } from './gap-figures';
import type { EngineRow, RequirementItem } from './gaps.repository';
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
  /** Its figures are (partly) sums of rounded atoms. */
  rounded: boolean;
}

function toDomain(
  row: Omit<EngineRow, 'age'>,
  age: number,
  scopeRegionId: string,
  dates: HorizonDates,
): DomainGap {
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
    retirementAge: age,
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
    const gap = toDomain(row, row.age, options.regionId, options.dates);
    if (row.age === options.retirementAge) {
      byKey.set(key, {
        key,
        horizon: row.horizon,
        main: gap,
        early: null,
        path: options.pathOf(row.unitId),
        rounded: false,
      });
    }
    if (options.earlyAge !== null && row.age === options.earlyAge) early.set(key, gap);
  }
  for (const [key, evaluated] of byKey) evaluated.early = early.get(key) ?? null;
  return [...byKey.values()];
}

/**
 * Requirements at horizons with figures built from atoms: exact for the units the caller may
 * see person by person, rounded for the others (docs/gap-analysis.md, "Privacy").
 */
export function evaluateProtected(
  items: readonly RequirementItem[],
  options: {
    regionId: string;
    dates: HorizonDates;
    retirementAge: number;
    earlyAge: number | null;
    pathOf: (unitId: string) => string[];
    /** The atoms of a requirement's unit and everything below it, as the caller sees them. */
    scopeOf: (unitId: string) => AtomScope;
  },
): EvaluatedRequirement[] {
  return items.map((item) => {
    const scope = options.scopeOf(item.unitId);
    const at = (age: number) => {
      const counts = competenceCounts(scope, {
        competenceId: item.competenceId,
        minLevel: item.minLevel,
        horizon: item.horizon,
        age,
      });
      const { rounded, ...figures } = protectedGapFigures(item, counts, age);
      return {
        rounded,
        gap: { ...toDomain({ ...item, ...figures }, age, options.regionId, options.dates) },
      };
    };
    const main = at(options.retirementAge);
    const early = options.earlyAge === null ? null : at(options.earlyAge);
    return {
      key: `${item.requirementId}|${item.horizon}`,
      horizon: item.horizon,
      main: main.gap,
      early: early?.gap ?? null,
      path: options.pathOf(item.unitId),
      rounded: main.rounded || (early?.rounded ?? false),
    };
  });
}

export function lineKey(g: { competenceId: string; measure: string }, horizon: Horizon): string {
  return `${g.competenceId}|${g.measure}|${horizon}`;
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
  rounded: boolean;
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
    rounded: group.members.some((m) => m.rounded),
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
    measure: g.measure as RequirementGap['measure'],
    priority: g.priority as RequirementGap['priority'],
    horizon: e.horizon,
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
    covered: figure(r.covered, rounded),
    coverage: figure(r.coverage, rounded),
  };
}

/** The most urgent priority among the requirements of a row. */
function topPriority(members: readonly EvaluatedRequirement[]): RequirementGap['priority'] {
  const ranks = members.map((m) => PRIORITIES.indexOf(m.main.priority));
  return PRIORITIES[Math.min(...ranks)] as RequirementGap['priority'];
}

export function toGapRollUp(
  row: BreakdownRow,
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
    ...rollUpFigures(main, age, row.rounded),
    earlyRetirement:
      row.early && row.members[0].early
        ? rollUpFigures(row.early, row.members[0].early.retirementAge, row.rounded)
        : null,
  };
}

/** Biggest gaps first, as the domain orders requirements (figures as the caller sees them). */
export function sortForDisplay<
  T extends {
    gap: { value: number | null };
    coverage: { value: number | null };
    priority: string;
  },
>(items: readonly T[], idOf: (item: T) => string): T[] {
  return [...items].sort((a, b) =>
    compareGapsBiggestFirst(
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
    ),
  );
}
