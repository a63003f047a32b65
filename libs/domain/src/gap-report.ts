// The gap report: the engine's rows (exact) or rounded atoms shaped into requirements at
// horizons, the roll-ups of one breakdown, and the order "biggest gaps first". Pure: the API
// reads the rows and maps what this returns to its GraphQL types at the edge
// (apps/api/src/gaps/gap-models.mapper.ts).

import {
  compareGapsBiggestFirst,
  type Measure,
  PRIORITIES,
  type Priority,
  type RequirementGap,
} from './gap-analysis';
import { type GapRollUp, rollUpByMunicipality, rollUpByRegion, rollUpByUnit } from './gap-rollup';
import type { IsoDate } from './iso-date';
import { type AtomScope, competenceCounts, protectedGapFigures } from './protection/figures';
import type { ProtectedHorizon } from './protection/atoms';

/** The planning horizons a requirement is evaluated at. */
export type GapHorizon = ProtectedHorizon;

/** Each horizon's date. */
export type GapHorizonDates = Record<GapHorizon, IsoDate>;

/** Where a report looks, and what its rows are. */
export type GapReportLevel = 'REGION' | 'MUNICIPALITY' | 'UNIT';
export type GapReportBreakdown = 'MUNICIPALITY' | 'UNIT' | 'REQUIREMENT';

/** One requirement at one evaluated horizon (what the figures are computed for). */
export interface GapReportItem {
  requirementId: string;
  horizon: GapHorizon;
  unitId: string;
  municipalityId: string;
  competenceId: string;
  minLevel: number;
  required: number;
  measure: Measure;
  priority: Priority;
}

/** One requirement at one horizon under one retirement age, with the engine's figures. */
export interface GapEngineRow extends GapReportItem {
  age: number;
  holdersHeadcount: number;
  holdersFte: number;
  expectedHeadcount: number;
  expectedFte: number;
  holders: number;
  expected: number;
  gap: number;
  surplus: number;
  coverage: number | null;
}

/** A requirement at one horizon: the main scenario and, when asked, the early one. */
export interface EvaluatedRequirement {
  key: string;
  horizon: GapHorizon;
  main: RequirementGap;
  early: RequirementGap | null;
  /** Path of the requirement's unit (ids from the root). */
  path: string[];
  /** Its figures are (partly) sums of rounded atoms. */
  rounded: boolean;
}

/** What evaluating needs besides the rows. */
export interface EvaluateOptions {
  regionId: string;
  dates: GapHorizonDates;
  retirementAge: number;
  earlyAge: number | null;
  pathOf: (unitId: string) => string[];
}

function toRequirementGap(
  row: Omit<GapEngineRow, 'age'>,
  age: number,
  scopeRegionId: string,
  dates: GapHorizonDates,
): RequirementGap {
  return {
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
}

/** Pairs the engine's rows (one per age) into requirements at horizons. */
export function evaluate(
  rows: readonly GapEngineRow[],
  options: EvaluateOptions,
): EvaluatedRequirement[] {
  const byKey = new Map<string, EvaluatedRequirement>();
  const early = new Map<string, RequirementGap>();
  for (const row of rows) {
    const key = `${row.requirementId}|${row.horizon}`;
    const gap = toRequirementGap(row, row.age, options.regionId, options.dates);
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
  items: readonly GapReportItem[],
  options: EvaluateOptions & {
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
        gap: toRequirementGap({ ...item, ...figures }, age, options.regionId, options.dates),
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

/** A line of a report: one competence × measure × horizon. */
export function lineKey(g: { competenceId: string; measure: string }, horizon: GapHorizon): string {
  return `${g.competenceId}|${g.measure}|${horizon}`;
}

/** A row of a breakdown: its roll-up and the requirements it sums. */
export interface BreakdownRow {
  rollUp: GapRollUp;
  early: GapRollUp | null;
  horizon: GapHorizon;
  level: GapReportLevel;
  /** Path of the row's root: unit path, or [municipality id]. */
  path: string[];
  members: EvaluatedRequirement[];
  rounded: boolean;
}

interface Group {
  level: GapReportLevel;
  path: string[];
  members: EvaluatedRequirement[];
}

/** One row from a group of requirements of one line, summed by `rollUp` (one result). */
function rowOf(group: Group, rollUp: (gaps: RequirementGap[]) => GapRollUp[]): BreakdownRow {
  const [main] = rollUp(group.members.map((m) => m.main));
  const earlyGaps = group.members
    .map((m) => m.early)
    .filter((g): g is RequirementGap => g !== null);
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
  breakdown: GapReportBreakdown,
  scope: {
    level: GapReportLevel;
    id: string;
    unitPath: string[] | null;
    /** How deep the unit rows lie: the scope unit's depth + 1, or below a lone root unit. */
    bucketDepth: (e: EvaluatedRequirement) => number;
  },
): { rows: BreakdownRow[]; totals: BreakdownRow[] } {
  const groups = new Map<string, Group>();
  const add = (id: string, level: GapReportLevel, path: string[], e: EvaluatedRequirement) => {
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

    if (breakdown === 'MUNICIPALITY') {
      add(e.main.municipalityId, 'MUNICIPALITY', [e.main.municipalityId], e);
    } else if (breakdown === 'UNIT') {
      const bucketPath = e.path.slice(0, Math.min(scope.bucketDepth(e), e.path.length));
      add(bucketPath[bucketPath.length - 1], 'UNIT', bucketPath, e);
    }
  }
  const rows: BreakdownRow[] = [];
  for (const group of groups.values()) {
    const id = group.path[group.path.length - 1];
    rows.push(
      rowOf(group, (gaps) =>
        group.level === 'MUNICIPALITY'
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

/** The most urgent priority among the requirements of a row. */
export function topPriority(members: readonly EvaluatedRequirement[]): Priority {
  const ranks = members.map((m) => PRIORITIES.indexOf(m.main.priority));
  return PRIORITIES[Math.min(...ranks)];
}

/**
 * Biggest gaps first, as the domain orders requirements, for figures as the caller sees them
 * (a figure's value may be null; a missing gap counts as 0).
 */
export function sortForDisplay<
  T extends {
    gap: { value: number | null };
    coverage: { value: number | null };
    priority: Priority;
  },
>(items: readonly T[], idOf: (item: T) => string): T[] {
  return [...items].sort((a, b) =>
    compareGapsBiggestFirst(
      {
        gap: a.gap.value ?? 0,
        priority: a.priority,
        coverage: a.coverage.value,
        requirementId: idOf(a),
      },
      {
        gap: b.gap.value ?? 0,
        priority: b.priority,
        coverage: b.coverage.value,
        requirementId: idOf(b),
      },
    ),
  );
}
