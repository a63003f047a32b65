import { computeGaps } from '../gap-analysis';
import { addYears, yearOf } from '../iso-date';
import { createAncestorLookup } from '../organisation-tree';
import { retiresBy } from '../staffing-gap';
import { generateOrganisation } from '../testing/random-organisation';
import { seededDraws } from '../testing/seeded-draws';
import {
  type AtomRows,
  buildProtectedAtoms,
  horizonDates,
  leavingBounds,
  leavingClass,
  patternSlot,
  type ProtectedHorizon,
  protectedAges,
  retiredAt,
  waveYear,
} from './atoms';
import {
  competenceCounts,
  competenceWave,
  professionStaff,
  professionWave,
  protectedGapFigures,
  staffCount,
} from './figures';
import { atomRowsFromPeople } from './reference';

const SETTINGS = { k: 5, today: '2026-05-10', retirementAge: 67 };

describe('leaving classes', () => {
  it('cover the wave under every protected age', () => {
    expect(protectedAges(67)).toEqual([67, 62]);
    expect(protectedAges(62)).toEqual([62]);
    expect(leavingBounds({ retirementAge: 67 })).toEqual({ low: 0, high: 25 });
    expect(leavingBounds({ retirementAge: 60 })).toEqual({ low: -2, high: 20 });
  });

  it.each([
    // birth year, class: year reaching 67 counted from 2026, clipped to 0 … 25
    [1950, 0], // 76 now: already past
    [1959, 0], // 67 this year
    [1960, 1],
    [1975, 16],
    [1984, 25],
    [2000, 25],
    [null, 25], // unknown: never retires
  ])('born %s → class %d', (birthYear, expected) => {
    expect(leavingClass(birthYear, SETTINGS)).toBe(expected);
  });

  it('retire people exactly as the staffing rule does, at every horizon and protected age', () => {
    const dates: Record<ProtectedHorizon, string> = {
      NOW: SETTINGS.today,
      ONE_YEAR: addYears(SETTINGS.today, 1),
      THREE_YEARS: addYears(SETTINGS.today, 3),
    };
    for (let birthYear = 1940; birthYear <= 2005; birthYear += 1) {
      for (const birth of [birthYear, null]) {
        const leaving = leavingClass(birth, SETTINGS);
        for (const age of protectedAges(67)) {
          for (const horizon of ['NOW', 'ONE_YEAR', 'THREE_YEARS'] as const) {
            expect(retiredAt(leaving, horizon, age, SETTINGS)).toBe(
              retiresBy(birth, dates[horizon], SETTINGS.today, age),
            );
          }
        }
      }
    }
  });

  it('place people in the wave year they reach the age (the first year holds those past it)', () => {
    const year = yearOf(SETTINGS.today);
    for (let birthYear = 1940; birthYear <= 2005; birthYear += 1) {
      const leaving = leavingClass(birthYear, SETTINGS);
      for (const age of protectedAges(67)) {
        const expected = Math.max(year, birthYear + age) - year;
        expect(waveYear(leaving, age, SETTINGS)).toBe(expected < 20 ? expected : null);
      }
    }
    expect(waveYear(leavingClass(null, SETTINGS), 62, SETTINGS)).toBeNull();
  });

  it('number the pattern slots: now, then each horizon under each age', () => {
    expect(patternSlot('NOW', 67, [67, 62])).toBe(0);
    expect(patternSlot('ONE_YEAR', 67, [67, 62])).toBe(1);
    expect(patternSlot('ONE_YEAR', 62, [67, 62])).toBe(2);
    expect(patternSlot('THREE_YEARS', 62, [67, 62])).toBe(4);
    expect(() => patternSlot('ONE_YEAR', 65, [67, 62])).toThrow(RangeError);
  });
});

const HORIZON_OF_OFFSET: Record<number, ProtectedHorizon> = {
  0: 'NOW',
  1: 'ONE_YEAR',
  3: 'THREE_YEARS',
};

describe.each([3, 17, 44, 90])('exact atoms on random organisation %d', (seed) => {
  const org = generateOrganisation(seed);
  const settings = { k: 5, today: org.today, retirementAge: 67 };
  const professions = ['2223', '5321', '2224'];
  const people = org.employees.map((e, i) => ({
    ...e,
    professionCode: i % 7 === 0 ? null : professions[i % 3],
  }));
  const rows: AtomRows = {
    ...atomRowsFromPeople({ ...org, employees: people }, settings),
    cycles: [],
    choices: [],
    teaching: [],
    expiry: [],
  };
  const atoms = buildProtectedAtoms(rows, settings, seededDraws(seed));
  const ancestors = createAncestorLookup(org.units);
  const subtree = (unitId: string) =>
    org.units.filter((u) => ancestors(u.id).includes(unitId)).map((u) => u.id);
  const everyone = { atoms, knows: () => true };

  it('sum to what computeGaps gives for every requirement, horizon and age', () => {
    const gaps = computeGaps(org, { today: org.today, retirementAge: 67, earlyRetirementAge: 62 });
    let compared = 0;
    for (const gap of gaps) {
      const offset = [0, 1, 3].find((y) => addYears(org.today, y) === gap.horizonDate);
      if (offset === undefined) continue; // not an evaluated horizon
      for (const figures of [gap, gap.earlyRetirement!]) {
        const counts = competenceCounts(
          { ...everyone, unitIds: subtree(gap.unitId) },
          {
            competenceId: gap.competenceId,
            minLevel: gap.minLevel,
            horizon: HORIZON_OF_OFFSET[offset],
            age: figures.retirementAge,
          },
        );
        const { rounded, ...built } = protectedGapFigures(gap, counts, figures.retirementAge);
        expect(rounded).toBe(false);
        const expected = Object.fromEntries(
          Object.keys(built).map((key) => [key, figures[key as keyof typeof built]]),
        );
        expect(built).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('count the staff, the wave and staffing as the people are', () => {
    const active = people.filter((e) => e.active);
    const year = yearOf(org.today);
    for (const unit of org.units.slice(0, 6)) {
      const unitIds = subtree(unit.id);
      const inScope = active.filter((e) => unitIds.includes(e.unitId));
      expect(staffCount({ ...everyone, unitIds }).count).toBe(inScope.length);
      for (const code of professions) {
        const members = inScope.filter((e) => e.professionCode === code);
        const wave = professionWave(
          { ...everyone, unitIds },
          { professionCode: code, age: 62, years: 10 },
        );
        expect(wave.current.count).toBe(members.length);
        wave.leaving.forEach((leaving, i) => {
          expect(leaving.count).toBe(
            members.filter((e) => Math.max(year, e.birthYear + 62) === year + i).length,
          );
        });
        const staff = professionStaff(
          { ...everyone, unitIds },
          { professionCode: code, horizon: 'THREE_YEARS', age: 67 },
        );
        expect(staff.count).toBe(members.filter((e) => year + 3 - e.birthYear < 67).length);
      }
      const competenceId = org.competenceIds[0];
      const holders = new Set(
        org.holdings
          .filter(
            (h) =>
              h.competenceId === competenceId &&
              h.level >= 2 &&
              (h.validUntil === null || h.validUntil >= org.today),
          )
          .map((h) => h.employeeId),
      );
      const wave = competenceWave(
        { ...everyone, unitIds },
        { competenceId, minLevel: 2, age: 67, years: 5 },
      );
      expect(wave.current.count).toBe(inScope.filter((e) => holders.has(e.id)).length);
    }
  });

  it('are rounded to multiples of k for a reader who knows nobody', () => {
    const nobody = { atoms, knows: () => false };
    for (const unit of org.units) {
      const counts = competenceCounts(
        { ...nobody, unitIds: subtree(unit.id) },
        { competenceId: org.competenceIds[1], minLevel: 1, horizon: 'ONE_YEAR', age: 62 },
      );
      expect(counts.holders.count % 5).toBe(0);
      expect(counts.holders.rounded).toBe(true);
      expect(staffCount({ ...nobody, unitIds: subtree(unit.id) }).count % 5).toBe(0);
    }
  });
});

describe('rebuilding atoms after a change', () => {
  const org = generateOrganisation(7);
  const settings = { k: 5, today: org.today, retirementAge: 67 };
  const rowsOf = (employees: typeof org.employees) => ({
    ...atomRowsFromPeople({ ...org, employees }, settings),
    cycles: [],
    choices: [],
    teaching: [],
    expiry: [],
  });

  it('reuses the units whose rows are unchanged and gives what a fresh build gives', () => {
    const draws = seededDraws('rebuild');
    const before = buildProtectedAtoms(rowsOf(org.employees), settings, draws);
    // one person leaves: only their unit changes
    const leaver = org.employees.find((e) => e.active)!;
    const after = org.employees.map((e) => (e.id === leaver.id ? { ...e, active: false } : e));
    const rebuilt = buildProtectedAtoms(rowsOf(after), settings, draws, before);
    const fresh = buildProtectedAtoms(rowsOf(after), settings, draws);
    for (const [unitId, unit] of rebuilt.units) {
      expect(unit === before.units.get(unitId)).toBe(unitId !== leaver.unitId);
      expect([...rebuilt.trees.get(unitId)!.rounded]).toEqual([
        ...fresh.trees.get(unitId)!.rounded,
      ]);
    }
    // other settings: nothing is reused
    const older = buildProtectedAtoms(rowsOf(after), { ...settings, k: 3 }, draws, before);
    expect([...older.units].some(([id, unit]) => unit === before.units.get(id))).toBe(false);
  });
});

describe('horizonDates', () => {
  it.each([
    ['an ordinary day', '2026-12-07', '2027-12-07', '2029-12-07'],
    ['29 February, to a year without it', '2028-02-29', '2029-02-28', '2031-02-28'],
    ['the last day of the year', '2026-12-31', '2027-12-31', '2029-12-31'],
  ])('%s: %s → %s, %s', (_label, today, oneYear, threeYears) => {
    expect(horizonDates(today)).toEqual({ NOW: today, ONE_YEAR: oneYear, THREE_YEARS: threeYears });
  });
});
