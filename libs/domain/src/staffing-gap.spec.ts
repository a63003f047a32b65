import { computeStaffingGaps, retiresBy, type StaffingEmployee } from './staffing-gap';

const TODAY = '2026-11-25';

/** Nursing home N (unit n) with ward W (unit w) below it. */
const staff: StaffingEmployee[] = [
  { id: 'a', unitPath: ['n'], professionCode: '2223', fte: 100, birthYear: 1980, active: true },
  { id: 'b', unitPath: ['n', 'w'], professionCode: '2223', fte: 80, birthYear: 1961, active: true },
  {
    id: 'c',
    unitPath: ['n', 'w'],
    professionCode: '2223',
    fte: 33.33,
    birthYear: null,
    active: true,
  },
  {
    id: 'd',
    unitPath: ['n', 'w'],
    professionCode: '2223',
    fte: 100,
    birthYear: 1990,
    active: false,
  },
  {
    id: 'e',
    unitPath: ['n', 'w'],
    professionCode: '5321',
    fte: 100,
    birthYear: 1990,
    active: true,
  },
  { id: 'f', unitPath: ['x'], professionCode: '2223', fte: 100, birthYear: 1990, active: true },
];

describe('retiresBy', () => {
  it.each([
    [1960, '2027-11-25', 67, true],
    [1961, '2027-11-25', 67, false],
    [1959, TODAY, 67, false], // never at "now": today's staff are today's staff
    [null, '2040-01-01', 67, false],
    [1966, '2028-01-01', 62, true],
  ])('born %p, horizon %s, age %p → %p', (birthYear, horizon, age, expected) => {
    expect(retiresBy(birthYear, horizon, TODAY, age)).toBe(expected);
  });
});

describe('computeStaffingGaps', () => {
  const requirement = (id: string, unitId: string, requiredFte: number, horizonDate: string) => ({
    id,
    unitId,
    professionCode: '2223',
    requiredFte,
    horizonDate,
    priority: 'CRITICAL' as const,
  });

  it('counts the profession in the unit and below it, active only, in årsverk', () => {
    const [n, w] = computeStaffingGaps(
      [requirement('R1', 'n', 3, TODAY), requirement('R2', 'w', 1, TODAY)],
      staff,
      { today: TODAY },
    );
    // a + b + c = 100 + 80 + 33,33 % = 2,1333 → 2,13 årsverk; 3 − 2,1333 = 0,8667 → 0,87
    expect(n).toMatchObject({
      staffHeadcount: 3,
      staffFte: 2.13,
      gap: 0.87,
      surplus: 0,
      coverage: 0.7111,
    });
    // b + c = 1,1333 → surplus 0,13
    expect(w).toMatchObject({ staffHeadcount: 2, staffFte: 1.13, gap: 0, surplus: 0.13 });
    expect(w.coverage).toBe(1.1333);
  });

  it('leaves out those who reach the retirement age before the horizon, with an early scenario', () => {
    const [gap] = computeStaffingGaps([requirement('R', 'n', 2, '2028-11-25')], staff, {
      today: TODAY,
      earlyRetirementAge: 62,
    });
    // b (born 1961) is 67 in 2028: gone; a (1980) and c (unknown birth year) stay
    expect(gap).toMatchObject({ retirementAge: 67, staffHeadcount: 2, staffFte: 1.33, gap: 0.67 });
    expect(gap.earlyRetirement).toMatchObject({ retirementAge: 62, staffHeadcount: 2 });
  });

  it('refuses a requirement of no årsverk', () => {
    expect(() =>
      computeStaffingGaps([requirement('R', 'n', 0, TODAY)], staff, { today: TODAY }),
    ).toThrow(RangeError);
  });
});
