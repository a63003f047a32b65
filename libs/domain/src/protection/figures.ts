// Figures built from atoms: every count is a sum over atoms, exact for the units a reader may
// see person by person and rounded for the others (docs/gap-analysis.md, "Privacy: rounded
// figures"). Nothing here rounds a sum: sums of rounded atoms are what keeps answers
// consistent with each other, so combining them never tells more than the atoms' intervals.

import { gapFiguresOf, type GapFigures, type Measure } from '../gap-analysis';
import {
  patternSlot,
  type ProtectedAtoms,
  type ProtectedHorizon,
  type UnitAtoms,
  waveYear,
  WAVE_YEARS_MAX,
} from './atoms';
import type { RoundedAtom } from './rounding';

/** A count of people with their årsverk; `rounded` when some of it comes from rounded atoms. */
export interface ProtectedCount {
  count: number;
  /** FTE units (1 årsverk = 10 000). */
  fteUnits: number;
  rounded: boolean;
}

/** Whether the reader may see the people of a unit one by one (then its atoms are exact). */
export type KnowsUnit = (unitId: string) => boolean;

export interface AtomScope {
  atoms: ProtectedAtoms;
  /** The units whose own staff make up the figure (e.g. a unit and everything below it). */
  unitIds: readonly string[];
  knows: KnowsUnit;
}

class Sum {
  count = 0;
  fteUnits = 0;
  rounded = false;

  add(atom: RoundedAtom, fteUnits: number, known: boolean, factor: number): void {
    if (known) {
      this.count += atom.count;
      this.fteUnits += fteUnits;
    } else {
      this.count += atom.rounded;
      this.fteUnits += atom.rounded * factor;
    }
  }

  result(): ProtectedCount {
    return { count: this.count, fteUnits: this.fteUnits, rounded: this.rounded };
  }
}

function* units(
  scope: AtomScope,
  sum: Sum | Sum[],
): Generator<{ unit: UnitAtoms; known: boolean }> {
  for (const unitId of scope.unitIds) {
    const known = scope.knows(unitId);
    if (!known) for (const s of Array.isArray(sum) ? sum : [sum]) s.rounded = true;
    const unit = scope.atoms.units.get(unitId);
    if (unit) yield { unit, known };
  }
}

function competenceFactor(atoms: ProtectedAtoms, competenceId: string): number {
  return atoms.fteFactor.competences.get(competenceId) ?? atoms.fteFactor.overall;
}

function professionFactor(atoms: ProtectedAtoms, code: string): number {
  return atoms.fteFactor.professions.get(code) ?? atoms.fteFactor.overall;
}

/**
 * The holders of a competence at `minLevel` or above at a horizon under a retirement age, and
 * those expected from planned measures (below the level, planned to reach it by then): the
 * engine's rule (computeGaps), from atoms.
 */
export function competenceCounts(
  scope: AtomScope,
  query: { competenceId: string; minLevel: number; horizon: ProtectedHorizon; age: number },
): { holders: ProtectedCount; expected: ProtectedCount } {
  const slot = patternSlot(query.horizon, query.age, scope.atoms.ages);
  const factor = competenceFactor(scope.atoms, query.competenceId);
  const holders = new Sum();
  const expected = new Sum();
  for (const { unit, known } of units(scope, [holders, expected])) {
    for (const atom of unit.competences.get(query.competenceId) ?? []) {
      if (atom.levels[slot] >= query.minLevel) holders.add(atom.atom, atom.fteUnits, known, factor);
      else if (atom.expected[slot] >= query.minLevel) {
        expected.add(atom.atom, atom.fteUnits, known, factor);
      }
    }
  }
  return { holders: holders.result(), expected: expected.result() };
}

/** A requirement's figures (gap, surplus, coverage …) from protected counts. */
export function protectedGapFigures(
  requirement: { required: number; measure: Measure },
  counts: { holders: ProtectedCount; expected: ProtectedCount },
  age: number,
): GapFigures & { rounded: boolean } {
  const figures = gapFiguresOf(
    requirement,
    { headcount: counts.holders.count, fteUnits: counts.holders.fteUnits },
    { headcount: counts.expected.count, fteUnits: counts.expected.fteUnits },
    age,
  );
  return { ...figures, rounded: counts.holders.rounded || counts.expected.rounded };
}

export interface WaveCounts {
  current: ProtectedCount;
  /** One per year from this year; the first also holds those already past the age. */
  leaving: ProtectedCount[];
}

function checkYears(years: number): void {
  if (!Number.isInteger(years) || years < 1 || years > WAVE_YEARS_MAX) {
    throw new RangeError(`years must be 1–${WAVE_YEARS_MAX}`);
  }
}

/** Today's holders of a competence at `minLevel` or above, by the year they reach `age`. */
export function competenceWave(
  scope: AtomScope,
  query: { competenceId: string; minLevel: number; age: number; years: number },
): WaveCounts {
  checkYears(query.years);
  const factor = competenceFactor(scope.atoms, query.competenceId);
  const current = new Sum();
  const leaving = Array.from({ length: query.years }, () => new Sum());
  for (const { unit, known } of units(scope, [current, ...leaving])) {
    for (const atom of unit.competences.get(query.competenceId) ?? []) {
      if (atom.levels[0] < query.minLevel) continue;
      current.add(atom.atom, atom.fteUnits, known, factor);
      for (const leaf of atom.leaving) {
        const year = waveYear(leaf.leaving, query.age, scope.atoms.settings);
        if (year !== null && year < query.years)
          leaving[year].add(leaf.atom, leaf.fteUnits, known, factor);
      }
    }
  }
  return { current: current.result(), leaving: leaving.map((s) => s.result()) };
}

/** Staff of a profession still there at a horizon under a retirement age. */
export function professionStaff(
  scope: AtomScope,
  query: { professionCode: string; horizon: ProtectedHorizon; age: number },
): ProtectedCount {
  const slot = patternSlot(query.horizon, query.age, scope.atoms.ages);
  const factor = professionFactor(scope.atoms, query.professionCode);
  const staff = new Sum();
  for (const { unit, known } of units(scope, staff)) {
    for (const atom of unit.professions.get(query.professionCode) ?? []) {
      if (!atom.retired[slot]) staff.add(atom.atom, atom.fteUnits, known, factor);
    }
  }
  return staff.result();
}

/** Staff of a profession today, by the year they reach `age`. */
export function professionWave(
  scope: AtomScope,
  query: { professionCode: string; age: number; years: number },
): WaveCounts {
  checkYears(query.years);
  const factor = professionFactor(scope.atoms, query.professionCode);
  const current = new Sum();
  const leaving = Array.from({ length: query.years }, () => new Sum());
  for (const { unit, known } of units(scope, [current, ...leaving])) {
    for (const atom of unit.professions.get(query.professionCode) ?? []) {
      current.add(atom.atom, atom.fteUnits, known, factor);
      for (const leaf of atom.leaving) {
        const year = waveYear(leaf.leaving, query.age, scope.atoms.settings);
        if (year !== null && year < query.years)
          leaving[year].add(leaf.atom, leaf.fteUnits, known, factor);
      }
    }
  }
  return { current: current.result(), leaving: leaving.map((s) => s.result()) };
}

/** The professions with staff in the scope, as the reader sees them (rounded to 0 = none). */
export function professionCodes(scope: AtomScope): string[] {
  const codes = new Set<string>();
  for (const { unit, known } of units(scope, new Sum())) {
    for (const [code, atoms] of unit.professions) {
      if (atoms.some((a) => (known ? a.atom.count : a.atom.rounded) > 0)) codes.add(code);
    }
  }
  return [...codes].sort();
}

/** Everyone employed in the scope. */
export function staffCount(scope: AtomScope): ProtectedCount {
  const staff = new Sum();
  for (const { unit, known } of units(scope, staff)) {
    staff.add(unit.staff, unit.fteUnits, known, scope.atoms.fteFactor.overall);
  }
  return staff.result();
}

/** People with a signed-off talk in one of the cycles (one cycle per municipality). */
export function completedCount(scope: AtomScope, cycleIds: readonly string[]): ProtectedCount {
  const completed = new Sum();
  for (const { unit, known } of units(scope, completed)) {
    for (const cycleId of cycleIds) {
      const cycle = unit.cycles.get(cycleId);
      if (cycle) completed.add(cycle.completed, 0, known, 0);
    }
  }
  return completed.result();
}

/** Of those, the people who wished for a competence (WISH) or prefer a way (WAY). */
export function choiceCount(
  scope: AtomScope,
  query: { cycleIds: readonly string[]; kind: 'WISH' | 'WAY'; choice: string },
): ProtectedCount {
  const chosen = new Sum();
  for (const { unit, known } of units(scope, chosen)) {
    for (const cycleId of query.cycleIds) {
      const cycle = unit.cycles.get(cycleId);
      const atom = (query.kind === 'WISH' ? cycle?.wishes : cycle?.ways)?.get(query.choice);
      if (atom) chosen.add(atom, 0, known, 0);
    }
  }
  return chosen.result();
}

/** Every choice anybody in the scope made, as the reader sees them (rounded to 0 = none). */
export function choices(
  scope: AtomScope,
  query: { cycleIds: readonly string[]; kind: 'WISH' | 'WAY' },
): string[] {
  const seen = new Set<string>();
  for (const { unit, known } of units(scope, new Sum())) {
    for (const cycleId of query.cycleIds) {
      const cycle = unit.cycles.get(cycleId);
      for (const [choice, atom] of (query.kind === 'WISH' ? cycle?.wishes : cycle?.ways) ?? []) {
        if ((known ? atom.count : atom.rounded) > 0) seen.add(choice);
      }
    }
  }
  return [...seen].sort();
}

/** People who can teach a topic: those named (public) and the others. */
export function teachingCount(
  scope: AtomScope,
  competenceId: string,
): { named: number; anonymous: ProtectedCount } {
  let named = 0;
  const anonymous = new Sum();
  for (const { unit, known } of units(scope, anonymous)) {
    const topic = unit.teaching.get(competenceId);
    if (!topic) continue;
    named += topic.named;
    anonymous.add(topic.anonymous, 0, known, 0);
  }
  return { named, anonymous: anonymous.result() };
}

/** Topics with anyone in the directory in the scope, as the reader sees them. */
export function teachingTopics(scope: AtomScope): string[] {
  const seen = new Set<string>();
  for (const { unit, known } of units(scope, new Sum())) {
    for (const [topic, entry] of unit.teaching) {
      if (entry.named > 0 || (known ? entry.anonymous.count : entry.anonymous.rounded) > 0) {
        seen.add(topic);
      }
    }
  }
  return [...seen].sort();
}

/**
 * Qualifications of a unit's own staff expiring in each of the first `months` months (0 =
 * this month): each group of people weighs by how many it holds that month.
 */
export function expiringCertificates(
  unit: UnitAtoms | undefined,
  known: boolean,
  months: number,
): number[] {
  const cells = Array.from({ length: months }, () => 0);
  for (const { months: profile, atom } of unit?.expiry ?? []) {
    const people = known ? atom.count : atom.rounded;
    for (const month of profile) if (month < months) cells[month] += people;
  }
  return cells;
}

/** FTE units as årsverk to two decimals, as the engine gives them. */
export function fteOfUnits(units: number): number {
  return Math.round(units / 100) / 100;
}
