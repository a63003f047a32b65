// The atoms every protected figure is built from (docs/gap-analysis.md, "Privacy: rounded
// figures"): for each unit, its own staff, split by each family of figures into disjoint
// groups of people who behave the same in every figure of that family. The SQL twin is
// apps/api/src/gaps/protection/atoms.sql.ts; atomRowsFromPeople below is the rule it follows.
//
// Families (each a partition of a unit's staff; see buildUnitTree):
// - competence c: people by their level pattern, the best level they hold at each horizon
//   under each retirement age a reader may ask for (−1: none, or retired by then), and below
//   each pattern by the year they reach retirement age (the retirement wave);
// - profession: people by STYRK code and whether they have retired by each horizon under
//   each age, and below that by the year they reach retirement age (staffing, the wave);
// - appraisal cycle C: people with a signed-off talk in C, and below that, per competence and
//   per way, those who wished for it (appraisal statistics);
// - teaching topic t: people in the directory for t who did not agree to be named;
// - expiry: people by the months in which their qualifications expire (expiring
//   certificates counts qualifications, so a group weighs by how many it holds each month).

import {
  type AtomNode,
  type AtomPartition,
  type Draws,
  type RoundedAtom,
  roundAtomTree,
} from './rounding';
import { addYears, type IsoDate, yearOf } from '../iso-date';

/** Earlier retirement ages a reader without access may ask for (AFP from 62). */
export const PROTECTED_EARLY_AGES: readonly number[] = [62];

/** The retirement wave shows at most this many years. */
export const WAVE_YEARS_MAX = 20;

/** Expiring certificates look at most this many months ahead. */
export const EXPIRY_MONTHS_MAX = 36;

export type ProtectedHorizon = 'NOW' | 'ONE_YEAR' | 'THREE_YEARS';

export const PROTECTED_HORIZONS: readonly ProtectedHorizon[] = ['NOW', 'ONE_YEAR', 'THREE_YEARS'];

/** Years from today's year to the horizon's (addYears keeps the year of 29 February). */
const HORIZON_YEARS: Record<ProtectedHorizon, number> = { NOW: 0, ONE_YEAR: 1, THREE_YEARS: 3 };

export interface ProtectionSettings {
  /** The smallest group: counts are rounded to multiples of k. */
  k: number;
  today: IsoDate;
  /** The region's retirement age (the main scenario). */
  retirementAge: number;
}

/** The region's age first, then the earlier ages readers without access may ask for. */
export function protectedAges(retirementAge: number): number[] {
  return [retirementAge, ...PROTECTED_EARLY_AGES.filter((age) => age !== retirementAge)];
}

/**
 * The dates the gap analysis is evaluated at: today, one year and three years ahead (the API's
 * requirements and gaps, and the protected figures, all use these).
 */
export function horizonDates(today: IsoDate): Record<ProtectedHorizon, IsoDate> {
  return {
    NOW: today,
    ONE_YEAR: addYears(today, HORIZON_YEARS.ONE_YEAR),
    THREE_YEARS: addYears(today, HORIZON_YEARS.THREE_YEARS),
  };
}

/**
 * The range of leaving classes. A person's class is the year they reach the region's age,
 * counted from this year (birth year + age − this year), clipped to [low, high]: below `low`
 * every protected age has passed, and from `high` on no protected age is reached within the
 * wave's years; an unknown birth year is `high` (it never retires anyone).
 */
export function leavingBounds(settings: Pick<ProtectionSettings, 'retirementAge'>): {
  low: number;
  high: number;
} {
  const shifts = protectedAges(settings.retirementAge).map((age) => settings.retirementAge - age);
  return { low: Math.min(0, ...shifts), high: WAVE_YEARS_MAX + Math.max(0, ...shifts) };
}

export function leavingClass(
  birthYear: number | null,
  settings: Pick<ProtectionSettings, 'retirementAge' | 'today'>,
): number {
  const { low, high } = leavingBounds(settings);
  if (birthYear === null) return high;
  const offset = birthYear + settings.retirementAge - yearOf(settings.today);
  return Math.max(low, Math.min(high, offset));
}

/**
 * Gone by the horizon under `age` (the engine's rule: a horizon after today, and the age
 * reached in the horizon's year).
 */
export function retiredAt(
  leaving: number,
  horizon: ProtectedHorizon,
  age: number,
  settings: Pick<ProtectionSettings, 'retirementAge'>,
): boolean {
  if (horizon === 'NOW') return false;
  const { high } = leavingBounds(settings);
  if (leaving >= high) return false;
  return leaving - (settings.retirementAge - age) <= HORIZON_YEARS[horizon];
}

/**
 * The year of the retirement wave (0 = this year, which also holds those already past the
 * age) a person of this class leaves in under `age`, or null beyond the wave's years.
 */
export function waveYear(
  leaving: number,
  age: number,
  settings: Pick<ProtectionSettings, 'retirementAge'>,
): number | null {
  const { high } = leavingBounds(settings);
  if (leaving >= high) return null;
  const year = Math.max(0, leaving - (settings.retirementAge - age));
  return year < WAVE_YEARS_MAX ? year : null;
}

/**
 * Pattern slots: NOW, then ONE_YEAR under each protected age, then THREE_YEARS under each.
 */
export function patternSlot(
  horizon: ProtectedHorizon,
  age: number,
  ages: readonly number[],
): number {
  if (horizon === 'NOW') return 0;
  const index = ages.indexOf(age);
  if (index < 0) throw new RangeError(`age ${age} is not a protected age (${ages.join(', ')})`);
  return (horizon === 'ONE_YEAR' ? 1 : 1 + ages.length) + index;
}

// ---------------------------------------------------------------------------------------------
// Rows: one per group of people who behave alike, with how many they are. The SQL gives these.

/** Every active employee once: the unit's staff, by profession and leaving class. */
export interface StaffAtomRow {
  unitId: string;
  professionCode: string | null;
  leaving: number;
  count: number;
  /** Stillingsprosent × 100 summed (1 årsverk = 10 000). */
  fteUnits: number;
}

/** Holders of a competence: best level held at each horizon date (−1: none), and planned. */
export interface CompetenceAtomRow {
  unitId: string;
  competenceId: string;
  levelNow: number;
  levelOneYear: number;
  levelThreeYears: number;
  /** Planned completions due by each horizon (−1: none). Measures come later (issue 17). */
  expectedNow: number;
  expectedOneYear: number;
  expectedThreeYears: number;
  leaving: number;
  count: number;
  fteUnits: number;
}

/** People with a signed-off talk in a cycle. */
export interface CycleAtomRow {
  unitId: string;
  cycleId: string;
  count: number;
}

/** Of those, the people who wished for a competence (WISH) or prefer a way (WAY). */
export interface CycleChoiceRow {
  unitId: string;
  cycleId: string;
  kind: 'WISH' | 'WAY';
  choice: string;
  count: number;
}

/** People in the directory of those who can teach a topic. */
export interface TeachingAtomRow {
  unitId: string;
  competenceId: string;
  /** Agreed to be named: public to those who may read the directory, so never rounded. */
  named: number;
  anonymous: number;
}

/** People by the months (0 = this month) in which their qualifications expire, with repeats. */
export interface ExpiryAtomRow {
  unitId: string;
  months: number[];
  count: number;
}

export interface AtomRows {
  staff: StaffAtomRow[];
  competences: CompetenceAtomRow[];
  cycles: CycleAtomRow[];
  choices: CycleChoiceRow[];
  teaching: TeachingAtomRow[];
  expiry: ExpiryAtomRow[];
}

// ---------------------------------------------------------------------------------------------
// The rounded atoms of one unit.

export interface LeavingAtom {
  key: string;
  leaving: number;
  atom: RoundedAtom;
  fteUnits: number;
}

export interface CompetenceAtom {
  key: string;
  /** Effective level per pattern slot (−1: none, or retired by then). */
  levels: number[];
  /** Effective planned level per slot (−1: none). */
  expected: number[];
  atom: RoundedAtom;
  fteUnits: number;
  /** By leaving class; only for patterns with a level today. */
  leaving: LeavingAtom[];
}

export interface ProfessionAtom {
  key: string;
  professionCode: string;
  /** Retired by then, per pattern slot. */
  retired: boolean[];
  atom: RoundedAtom;
  fteUnits: number;
  leaving: LeavingAtom[];
}

export interface CycleAtoms {
  completed: RoundedAtom;
  wishes: Map<string, RoundedAtom>;
  ways: Map<string, RoundedAtom>;
}

export interface UnitAtoms {
  unitId: string;
  staff: RoundedAtom;
  fteUnits: number;
  competences: Map<string, CompetenceAtom[]>;
  professions: Map<string, ProfessionAtom[]>;
  cycles: Map<string, CycleAtoms>;
  teaching: Map<string, { named: number; anonymous: RoundedAtom }>;
  expiry: Array<{ months: number[]; atom: RoundedAtom }>;
}

export interface UnitTree {
  root: AtomNode;
  rounded: Map<string, RoundedAtom>;
  /** The unit's rows in a canonical order (a unit whose rows are unchanged is reused). */
  fingerprint: string;
}

export interface ProtectedAtoms {
  settings: ProtectionSettings;
  ages: number[];
  units: Map<string, UnitAtoms>;
  /** Each unit's tree as rounded (every node by key, implicit rest children included). */
  trees: Map<string, UnitTree>;
  /**
   * Average position size (FTE units per person, to whole per cent) used to turn rounded head
   * counts into årsverk: per competence (its holders today) and per profession when at least
   * FTE_FACTOR_MIN_PEOPLE make it up in the region, otherwise the region's.
   */
  fteFactor: {
    overall: number;
    competences: Map<string, number>;
    professions: Map<string, number>;
  };
}

/** An average is published only over at least this many people. */
export const FTE_FACTOR_MIN_PEOPLE = 50;

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

function effective(
  level: number,
  leaving: number,
  horizon: ProtectedHorizon,
  age: number,
  settings: ProtectionSettings,
): number {
  return retiredAt(leaving, horizon, age, settings) ? -1 : level;
}

/** The pattern of a competence row: effective levels and planned levels per slot. */
export function competencePattern(
  row: Pick<
    CompetenceAtomRow,
    | 'levelNow'
    | 'levelOneYear'
    | 'levelThreeYears'
    | 'expectedNow'
    | 'expectedOneYear'
    | 'expectedThreeYears'
    | 'leaving'
  >,
  ages: readonly number[],
  settings: ProtectionSettings,
): { levels: number[]; expected: number[] } {
  const levels = [row.levelNow];
  const expected = [row.expectedNow];
  for (const [horizon, level, planned] of [
    ['ONE_YEAR', row.levelOneYear, row.expectedOneYear],
    ['THREE_YEARS', row.levelThreeYears, row.expectedThreeYears],
  ] as const) {
    for (const age of ages) {
      levels.push(effective(level, row.leaving, horizon, age, settings));
      expected.push(effective(planned, row.leaving, horizon, age, settings));
    }
  }
  return { levels, expected };
}

function retiredPattern(leaving: number, ages: readonly number[], settings: ProtectionSettings) {
  const retired = [false];
  for (const horizon of ['ONE_YEAR', 'THREE_YEARS'] as const) {
    for (const age of ages) retired.push(retiredAt(leaving, horizon, age, settings));
  }
  return retired;
}

interface Pending {
  node: AtomNode;
  fteUnits: number;
}

function factor(count: number, fteUnits: number, fallback: number): number {
  return count >= FTE_FACTOR_MIN_PEOPLE ? Math.round(fteUnits / count / 100) * 100 : fallback;
}

interface UnitRows {
  staff: StaffAtomRow[];
  competences: CompetenceAtomRow[];
  cycles: CycleAtomRow[];
  choices: CycleChoiceRow[];
  teaching: TeachingAtomRow[];
  expiry: ExpiryAtomRow[];
}

/** The rows of a unit in a canonical order: equal strings, equal atoms. */
function fingerprintOf(rows: UnitRows): string {
  return Object.values(rows)
    .map((list: object[]) =>
      list
        .map((row) => JSON.stringify(row))
        .sort()
        .join('\n'),
    )
    .join('\n#\n');
}

function buildUnit(
  unitId: string,
  unitRows: UnitRows,
  fingerprint: string,
  settings: ProtectionSettings,
  ages: readonly number[],
  draws: Draws,
): { unit: UnitAtoms; tree: UnitTree } {
  const staffRows = unitRows.staff;
  const root = `u:${unitId}`;
  const partitions: AtomPartition[] = [];
  const competenceNodes = new Map<
    string,
    Array<{ pending: Pending; levels: number[]; expected: number[]; leaves: Pending[] }>
  >();

  // competence c: by pattern, then by leaving class
  for (const [competenceId, list] of group(unitRows.competences, (r) => r.competenceId)) {
    const byPattern = new Map<
      string,
      { levels: number[]; expected: number[]; rows: CompetenceAtomRow[] }
    >();
    for (const row of list) {
      const { levels, expected } = competencePattern(row, ages, settings);
      if (levels.every((l) => l < 0) && expected.every((l) => l < 0)) continue;
      const key = `${levels.join(',')}${expected.some((l) => l >= 0) ? `|x${expected.join(',')}` : ''}`;
      const entry = byPattern.get(key) ?? { levels, expected, rows: [] };
      entry.rows.push(row);
      byPattern.set(key, entry);
    }
    const nodes = [];
    for (const [patternKey, entry] of byPattern) {
      const key = `${root}/c:${competenceId}/${patternKey}`;
      const leaves: Pending[] = [];
      let count = 0;
      let fteUnits = 0;
      const byLeaving = new Map<number, { count: number; fteUnits: number }>();
      for (const row of entry.rows) {
        count += row.count;
        fteUnits += row.fteUnits;
        const leaf = byLeaving.get(row.leaving) ?? { count: 0, fteUnits: 0 };
        leaf.count += row.count;
        leaf.fteUnits += row.fteUnits;
        byLeaving.set(row.leaving, leaf);
      }
      if (entry.levels[0] >= 0) {
        for (const [leaving, leaf] of [...byLeaving].sort((a, b) => a[0] - b[0])) {
          leaves.push({
            node: { key: `${key}/f/${leaving}`, count: leaf.count },
            fteUnits: leaf.fteUnits,
          });
        }
      }
      const node: AtomNode = {
        key,
        count,
        partitions: leaves.length ? [{ name: 'f', children: leaves.map((l) => l.node) }] : [],
      };
      nodes.push({
        pending: { node, fteUnits },
        levels: entry.levels,
        expected: entry.expected,
        leaves,
      });
    }
    if (nodes.length) {
      competenceNodes.set(competenceId, nodes);
      partitions.push({ name: `c:${competenceId}`, children: nodes.map((n) => n.pending.node) });
    }
  }

  // profession: by code and retirement pattern, then by leaving class
  const professionNodes = new Map<
    string,
    Array<{ pending: Pending; retired: boolean[]; leaves: Pending[] }>
  >();
  const professionChildren: AtomNode[] = [];
  for (const [code, list] of group(
    staffRows.filter((r) => r.professionCode !== null),
    (r) => r.professionCode!,
  )) {
    const byRetired = group(list, (r) =>
      retiredPattern(r.leaving, ages, settings).map(Number).join(''),
    );
    const nodes = [];
    for (const [retiredKey, rowsOfPattern] of byRetired) {
      const key = `${root}/p/${code}|${retiredKey}`;
      const leaves = rowsOfPattern
        .slice()
        .sort((a, b) => a.leaving - b.leaving)
        .map((r) => ({
          node: { key: `${key}/f/${r.leaving}`, count: r.count },
          fteUnits: r.fteUnits,
        }));
      const count = rowsOfPattern.reduce((sum, r) => sum + r.count, 0);
      const node: AtomNode = {
        key,
        count,
        partitions: [{ name: 'f', children: leaves.map((l) => l.node) }],
      };
      professionChildren.push(node);
      nodes.push({
        pending: { node, fteUnits: rowsOfPattern.reduce((sum, r) => sum + r.fteUnits, 0) },
        retired: retiredPattern(rowsOfPattern[0].leaving, ages, settings),
        leaves,
      });
    }
    professionNodes.set(code, nodes);
  }
  if (professionChildren.length) partitions.push({ name: 'p', children: professionChildren });

  // appraisal cycles: signed off, and below that the wishes and ways
  const choicesByCycle = group(unitRows.choices, (r) => r.cycleId);
  for (const cycle of unitRows.cycles) {
    const done = `${root}/a:${cycle.cycleId}/done`;
    const choices = choicesByCycle.get(cycle.cycleId) ?? [];
    partitions.push({
      name: `a:${cycle.cycleId}`,
      children: [
        {
          key: done,
          count: cycle.count,
          partitions: choices.map((c) => ({
            name: `${c.kind === 'WISH' ? 'w' : 'y'}:${c.choice}`,
            children: [
              { key: `${done}/${c.kind === 'WISH' ? 'w' : 'y'}:${c.choice}/yes`, count: c.count },
            ],
          })),
        },
      ],
    });
  }

  // teaching topics: those not named
  for (const topic of unitRows.teaching) {
    partitions.push({
      name: `t:${topic.competenceId}`,
      children: [{ key: `${root}/t:${topic.competenceId}/anon`, count: topic.anonymous }],
    });
  }

  // expiry profiles
  const expiryRows = unitRows.expiry;
  if (expiryRows.length) {
    partitions.push({
      name: 'x',
      children: expiryRows.map((r) => ({
        key: `${root}/x/${r.months.join('.')}`,
        count: r.count,
      })),
    });
  }

  const staffCount = staffRows.reduce((sum, r) => sum + r.count, 0);
  const tree: AtomNode = { key: root, count: staffCount, partitions };
  const rounded = roundAtomTree(tree, settings.k, draws);
  const at = (key: string): RoundedAtom => {
    const atom = rounded.get(key);
    if (!atom) throw new Error(`atom ${key} missing`);
    return atom;
  };

  const competences = new Map<string, CompetenceAtom[]>();
  for (const [competenceId, nodes] of competenceNodes) {
    competences.set(
      competenceId,
      nodes.map((n) => ({
        key: n.pending.node.key,
        levels: n.levels,
        expected: n.expected,
        atom: at(n.pending.node.key),
        fteUnits: n.pending.fteUnits,
        leaving: n.leaves.map((leaf) => ({
          key: leaf.node.key,
          leaving: Number(leaf.node.key.slice(leaf.node.key.lastIndexOf('/') + 1)),
          atom: at(leaf.node.key),
          fteUnits: leaf.fteUnits,
        })),
      })),
    );
  }
  const professions = new Map<string, ProfessionAtom[]>();
  for (const [code, nodes] of professionNodes) {
    professions.set(
      code,
      nodes.map((n) => ({
        key: n.pending.node.key,
        professionCode: code,
        retired: n.retired,
        atom: at(n.pending.node.key),
        fteUnits: n.pending.fteUnits,
        leaving: n.leaves.map((leaf) => ({
          key: leaf.node.key,
          leaving: Number(leaf.node.key.slice(leaf.node.key.lastIndexOf('/') + 1)),
          atom: at(leaf.node.key),
          fteUnits: leaf.fteUnits,
        })),
      })),
    );
  }
  const cycles = new Map<string, CycleAtoms>();
  for (const cycle of unitRows.cycles) {
    const done = `${root}/a:${cycle.cycleId}/done`;
    const wishes = new Map<string, RoundedAtom>();
    const ways = new Map<string, RoundedAtom>();
    for (const c of choicesByCycle.get(cycle.cycleId) ?? []) {
      const prefix = c.kind === 'WISH' ? 'w' : 'y';
      (c.kind === 'WISH' ? wishes : ways).set(c.choice, at(`${done}/${prefix}:${c.choice}/yes`));
    }
    cycles.set(cycle.cycleId, { completed: at(done), wishes, ways });
  }
  const teaching = new Map<string, { named: number; anonymous: RoundedAtom }>();
  for (const topic of unitRows.teaching) {
    teaching.set(topic.competenceId, {
      named: topic.named,
      anonymous: at(`${root}/t:${topic.competenceId}/anon`),
    });
  }
  const unit: UnitAtoms = {
    unitId,
    staff: at(root),
    fteUnits: staffRows.reduce((sum, r) => sum + r.fteUnits, 0),
    competences,
    professions,
    cycles,
    teaching,
    expiry: expiryRows.map((r) => ({
      months: r.months,
      atom: at(`${root}/x/${r.months.join('.')}`),
    })),
  };
  return { unit, tree: { root: tree, rounded, fingerprint } };
}

/**
 * Rounds every unit's atoms (controlled, see rounding.ts) and indexes them for the figures.
 * Rows for a unit without staff rows are ignored (nobody active works there).
 */
export function buildProtectedAtoms(
  rows: AtomRows,
  settings: ProtectionSettings,
  draws: Draws,
  /** Atoms built before with the same settings: units whose rows are unchanged are reused. */
  previous?: ProtectedAtoms | null,
): ProtectedAtoms {
  const ages = protectedAges(settings.retirementAge);
  const staffByUnit = group(rows.staff, (r) => r.unitId);
  const competencesByUnit = group(rows.competences, (r) => r.unitId);
  const cyclesByUnit = group(rows.cycles, (r) => r.unitId);
  const choicesByUnit = group(rows.choices, (r) => r.unitId);
  const teachingByUnit = group(rows.teaching, (r) => r.unitId);
  const expiryByUnit = group(rows.expiry, (r) => r.unitId);

  const units = new Map<string, UnitAtoms>();
  const trees = new Map<string, UnitTree>();
  const reuse =
    previous &&
    previous.settings.k === settings.k &&
    previous.settings.today === settings.today &&
    previous.settings.retirementAge === settings.retirementAge
      ? previous
      : null;
  for (const [unitId, staffRows] of staffByUnit) {
    const unitRows: UnitRows = {
      staff: staffRows,
      competences: competencesByUnit.get(unitId) ?? [],
      cycles: cyclesByUnit.get(unitId) ?? [],
      choices: choicesByUnit.get(unitId) ?? [],
      teaching: teachingByUnit.get(unitId) ?? [],
      expiry: expiryByUnit.get(unitId) ?? [],
    };
    const fingerprint = fingerprintOf(unitRows);
    const before = reuse?.trees.get(unitId);
    const built =
      before && before.fingerprint === fingerprint && reuse?.units.has(unitId)
        ? { unit: reuse.units.get(unitId)!, tree: before }
        : buildUnit(unitId, unitRows, fingerprint, settings, ages, draws);
    units.set(unitId, built.unit);
    trees.set(unitId, built.tree);
  }

  // Average position sizes for årsverk from rounded head counts.
  let staff = 0;
  let staffFte = 0;
  for (const r of rows.staff) {
    staff += r.count;
    staffFte += r.fteUnits;
  }
  const overall = staff > 0 ? Math.round(staffFte / staff / 100) * 100 : 0;
  const competenceTotals = new Map<string, { count: number; fteUnits: number }>();
  for (const r of rows.competences) {
    if (r.levelNow < 0) continue;
    const t = competenceTotals.get(r.competenceId) ?? { count: 0, fteUnits: 0 };
    t.count += r.count;
    t.fteUnits += r.fteUnits;
    competenceTotals.set(r.competenceId, t);
  }
  const professionTotals = new Map<string, { count: number; fteUnits: number }>();
  for (const r of rows.staff) {
    if (r.professionCode === null) continue;
    const t = professionTotals.get(r.professionCode) ?? { count: 0, fteUnits: 0 };
    t.count += r.count;
    t.fteUnits += r.fteUnits;
    professionTotals.set(r.professionCode, t);
  }
  return {
    settings,
    ages,
    units,
    trees,
    fteFactor: {
      overall,
      competences: new Map(
        [...competenceTotals].map(([id, t]) => [id, factor(t.count, t.fteUnits, overall)]),
      ),
      professions: new Map(
        [...professionTotals].map(([id, t]) => [id, factor(t.count, t.fteUnits, overall)]),
      ),
    },
  };
}
