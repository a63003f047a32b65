// The atom rows person by person: the rule the SQL twin (apps/api/src/gaps/protection) is
// checked against, and the source of atoms for the property tests on random organisations.

import type { GapEmployee, GapHolding, PlannedCompletion } from '../gap-analysis';
import type { IsoDate } from '../iso-date';
import {
  type CompetenceAtomRow,
  leavingClass,
  horizonDates,
  type ProtectionSettings,
  type StaffAtomRow,
} from './atoms';

export interface ReferencePerson extends GapEmployee {
  professionCode?: string | null;
}

function bestLevel<T extends { level: number }>(items: readonly T[], counts: (item: T) => boolean) {
  let best = -1;
  for (const item of items) if (counts(item) && item.level > best) best = item.level;
  return best;
}

function add<T extends { count: number; fteUnits: number }>(
  map: Map<string, T>,
  key: string,
  make: () => T,
  fte: number,
): void {
  const row = map.get(key) ?? make();
  row.count += 1;
  row.fteUnits += Math.round(fte * 100);
  map.set(key, row);
}

/**
 * Staff and competence atom rows of active people, as atoms.sql.ts computes them: a level is
 * the best among holdings still valid on the horizon date (−1: none), a planned level the best
 * planned completion due by then.
 */
export function atomRowsFromPeople(
  input: {
    employees: readonly ReferencePerson[];
    holdings: readonly GapHolding[];
    plannedCompletions: readonly PlannedCompletion[];
  },
  settings: Pick<ProtectionSettings, 'today' | 'retirementAge'>,
): { staff: StaffAtomRow[]; competences: CompetenceAtomRow[] } {
  const dates = horizonDates(settings.today);
  const validOn = (date: IsoDate) => (h: GapHolding) =>
    h.validUntil === null || h.validUntil >= date;
  const dueBy = (date: IsoDate) => (c: PlannedCompletion) => c.expectedDate <= date;
  const holdings = new Map<string, GapHolding[]>();
  for (const h of input.holdings) {
    const key = `${h.employeeId}|${h.competenceId}`;
    holdings.set(key, [...(holdings.get(key) ?? []), h]);
  }
  const planned = new Map<string, PlannedCompletion[]>();
  for (const c of input.plannedCompletions) {
    const key = `${c.employeeId}|${c.competenceId}`;
    planned.set(key, [...(planned.get(key) ?? []), c]);
  }
  const competenceIds = [
    ...new Set([...input.holdings, ...input.plannedCompletions].map((h) => h.competenceId)),
  ];

  const staff = new Map<string, StaffAtomRow>();
  const competences = new Map<string, CompetenceAtomRow>();
  for (const e of input.employees) {
    if (!e.active) continue;
    const leaving = leavingClass(e.birthYear, settings);
    const professionCode = e.professionCode ?? null;
    add(
      staff,
      `${e.unitId}|${professionCode}|${leaving}`,
      () => ({
        unitId: e.unitId,
        professionCode,
        leaving,
        count: 0,
        fteUnits: 0,
      }),
      e.fte,
    );
    for (const competenceId of competenceIds) {
      const own = holdings.get(`${e.id}|${competenceId}`) ?? [];
      const due = planned.get(`${e.id}|${competenceId}`) ?? [];
      if (own.length === 0 && due.length === 0) continue;
      const row = {
        levelNow: bestLevel(own, validOn(dates.NOW)),
        levelOneYear: bestLevel(own, validOn(dates.ONE_YEAR)),
        levelThreeYears: bestLevel(own, validOn(dates.THREE_YEARS)),
        expectedNow: bestLevel(due, dueBy(dates.NOW)),
        expectedOneYear: bestLevel(due, dueBy(dates.ONE_YEAR)),
        expectedThreeYears: bestLevel(due, dueBy(dates.THREE_YEARS)),
      };
      if (Object.values(row).every((level) => level < 0)) continue;
      const key = [e.unitId, competenceId, ...Object.values(row), leaving].join('|');
      add(
        competences,
        key,
        () => ({
          unitId: e.unitId,
          competenceId,
          ...row,
          leaving,
          count: 0,
          fteUnits: 0,
        }),
        e.fte,
      );
    }
  }
  return { staff: [...staff.values()], competences: [...competences.values()] };
}
