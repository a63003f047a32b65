import type { GapEmployee } from './gap-analysis';
import { createHolderIndex } from './holder-index';
import { buildOrganisationIndex } from './organisation-tree';

// root → {a, b}; tree order root 0, a 1, b 2.
const org = buildOrganisationIndex(
  [
    { id: 'root', parentId: null, municipalityId: 'm' },
    { id: 'b', parentId: 'root', municipalityId: 'm' },
    { id: 'a', parentId: 'root', municipalityId: 'm' },
  ],
  [{ id: 'm', regionId: 'r' }],
);
const TODAY = '2026-01-01';

function emp(id: string, unitId: string, fte: number, birthYear = 1990): GapEmployee {
  return { id, unitId, fte, birthYear, active: true };
}

const index = createHolderIndex(
  {
    employees: [
      emp('z', 'root', 100),
      emp('y', 'b', 50),
      emp('x', 'a', 25),
      emp('w', 'a', 75, 1950), // 79 in 2029
      { ...emp('v', 'a', 100), active: false },
    ],
    holdings: [
      { employeeId: 'z', competenceId: 'c', level: 2, validUntil: null },
      { employeeId: 'z', competenceId: 'c', level: 4, validUntil: '2026-06-30' },
      { employeeId: 'y', competenceId: 'c', level: 3, validUntil: null },
      { employeeId: 'x', competenceId: 'c', level: 1, validUntil: null },
      { employeeId: 'w', competenceId: 'c', level: 3, validUntil: null },
      { employeeId: 'v', competenceId: 'c', level: 4, validUntil: null },
      { employeeId: 'unknown', competenceId: 'c', level: 4, validUntil: null },
    ],
    plannedCompletions: [
      { employeeId: 'x', competenceId: 'c', level: 3, expectedDate: '2027-01-01' },
    ],
  },
  org,
  TODAY,
);

function ask(unitId: string, minLevel: number, horizonDate: string, age = 67) {
  const { holders, expected } = index.query(
    { competenceId: 'c', minLevel, horizonDate },
    org.unit(unitId),
    age,
  );
  return {
    holders: holders.employeeIds(),
    fte: holders.fteUnits,
    expected: expected.employeeIds(),
  };
}

describe('createHolderIndex', () => {
  it.each([
    // unit, level, horizon → holders (tree order), FTE units, expected
    // root now, level 3: z (4 until 2026-06-30), w (3), y (3); order root, a, b.
    ['root', 3, TODAY, ['z', 'w', 'y'], 10000 + 7500 + 5000, []],
    // in 2029 z's 4 has lapsed (2 remains) and w (79) has retired; x is expected by 2027.
    ['root', 3, '2029-01-01', ['y'], 5000, ['x']],
    ['a', 3, TODAY, ['w'], 7500, []],
    ['a', 1, TODAY, ['w', 'x'], 7500 + 2500, []],
    ['b', 4, TODAY, [], 0, []],
    ['root', 2, '2026-12-31', ['z', 'y'], 15000, []], // x's plan is after this horizon
  ])('%s, level %i, %s', (unitId, minLevel, horizon, holders, fte, expected) => {
    expect(ask(unitId, minLevel, horizon)).toEqual({ holders, fte, expected });
  });

  it('applies the retirement age given to the query', () => {
    // At 80, w (79 in 2029) still works.
    expect(ask('a', 3, '2029-01-01', 80).holders).toEqual(['w']);
  });

  it('rejects an invalid stillingsprosent', () => {
    expect(() =>
      createHolderIndex(
        { employees: [emp('q', 'a', Number.NaN)], holdings: [], plannedCompletions: [] },
        org,
        TODAY,
      ),
    ).toThrow(/stillingsprosent/);
  });
});
