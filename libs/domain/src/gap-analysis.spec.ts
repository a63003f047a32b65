import {
  compareGapsBiggestFirst,
  computeGaps,
  type GapEmployee,
  type GapHolding,
  type GapInput,
  type GapRequirement,
  type PlannedCompletion,
} from './gap-analysis';

// A hand-worked organisation. Tree positions (depth first, children by id):
//   0 g-helse (Gjøvik 3407)
//   1   g-hjemme
//   2   g-sykehjem
//   3     g-avd-a
//   4     g-avd-b
//   5 o-helse (Østre Toten 3442)
//   6   o-sykehjem
const TODAY = '2026-01-15';
const NOW = TODAY;
const IN_3_YEARS = '2029-01-15';

const base: Omit<GapInput, 'requirements'> = {
  municipalities: [
    { id: '3407', regionId: 'reks' },
    { id: '3442', regionId: 'reks' },
  ],
  units: [
    { id: 'g-helse', parentId: null, municipalityId: '3407' },
    { id: 'g-sykehjem', parentId: 'g-helse', municipalityId: '3407' },
    { id: 'g-avd-a', parentId: 'g-sykehjem', municipalityId: '3407' },
    { id: 'g-avd-b', parentId: 'g-sykehjem', municipalityId: '3407' },
    { id: 'g-hjemme', parentId: 'g-helse', municipalityId: '3407' },
    { id: 'o-helse', parentId: null, municipalityId: '3442' },
    { id: 'o-sykehjem', parentId: 'o-helse', municipalityId: '3442' },
  ],
  employees: [
    // age in 2029: e1 69 (retired at 67), e3 66 (retired only at 62)
    emp('e1', 'g-avd-a', 100, 1960),
    emp('e2', 'g-avd-a', 80, 1990),
    emp('e3', 'g-avd-b', 50, 1963),
    { ...emp('e4', 'g-avd-b', 75, 1985), active: false },
    emp('e5', 'g-hjemme', 60, 1995),
    emp('e6', 'g-sykehjem', 33.33, 1980),
    emp('e7', 'o-sykehjem', 100, 1970),
    emp('e8', 'g-avd-a', 40, 2000),
    emp('e9', 'not-in-the-tree', 100, 1980),
  ],
  holdings: [
    hold('e1', 3, null),
    hold('e2', 3, '2027-12-31'), // lapses before the 3-year horizon …
    hold('e2', 2, null), // … while a lower level lasts
    hold('e3', 4, null),
    hold('e4', 4, null), // inactive
    hold('e5', 3, null),
    hold('e6', 2, null),
    hold('e7', 3, null),
    hold('e9', 4, null), // unit unknown: in no scope
  ],
  plannedCompletions: [
    plan('e8', 3, '2026-09-01'),
    plan('e2', 3, '2028-06-01'), // renewal
    plan('e6', 3, '2030-01-01'), // after the 3-year horizon
    plan('e1', 4, '2026-06-01'), // already a holder now, retired in 2029
  ],
};

function emp(id: string, unitId: string, fte: number, birthYear: number): GapEmployee {
  return { id, unitId, fte, birthYear, active: true };
}

function hold(employeeId: string, level: number, validUntil: string | null): GapHolding {
  return { employeeId, competenceId: 'demens', level, validUntil };
}

function plan(employeeId: string, level: number, expectedDate: string): PlannedCompletion {
  return { employeeId, competenceId: 'demens', level, expectedDate };
}

function req(id: string, fields: Partial<GapRequirement>): GapRequirement {
  return {
    id,
    unitId: 'g-sykehjem',
    competenceId: 'demens',
    minLevel: 3,
    required: 1,
    measure: 'HEADCOUNT',
    horizonDate: NOW,
    priority: 'IMPORTANT',
    ...fields,
  };
}

const requirements: GapRequirement[] = [
  req('R1', { required: 4, priority: 'CRITICAL' }),
  req('R2', { required: 2.5, measure: 'FTE', horizonDate: IN_3_YEARS }),
  req('R3', { unitId: 'g-helse', minLevel: 2, required: 3, priority: 'DESIRABLE' }),
  req('R4', { unitId: 'o-sykehjem', required: 3, priority: 'CRITICAL' }),
  req('R5', { unitId: 'g-hjemme', required: 0, priority: 'DESIRABLE' }),
  req('R6', {
    unitId: 'g-avd-b',
    competenceId: 'hlr',
    minLevel: 1,
    required: 2,
    measure: 'FTE',
    priority: 'CRITICAL',
  }),
];

function run(settings: Parameters<typeof computeGaps>[1] = { today: TODAY }) {
  const results = computeGaps({ ...base, requirements }, settings);
  return new Map(results.map((r) => [r.requirementId, r]));
}

describe('computeGaps: per requirement', () => {
  const gaps = run({ today: TODAY, earlyRetirementAge: 62, includeEmployeeIds: true });

  it('R1 now, level 3 in g-sykehjem and below, 4 people', () => {
    // Scope: e1, e2, e8 (avd-a), e3 (avd-b), e6 (sykehjem); e4 is inactive.
    // Level ≥ 3 valid today: e1, e2 (valid to 2027-12-31), e3 → 3 people.
    // FTE 1.00 + 0.80 + 0.50 = 2.30. Gap 4 − 3 = 1, coverage 3 / 4 = 0.75.
    // e8 completes 2026-09-01, after this horizon: not expected.
    expect(gaps.get('R1')).toMatchObject({
      unitId: 'g-sykehjem',
      municipalityId: '3407',
      regionId: 'reks',
      measure: 'HEADCOUNT',
      required: 4,
      holdersHeadcount: 3,
      holdersFte: 2.3,
      holders: 3,
      expectedHeadcount: 0,
      expected: 0,
      gap: 1,
      surplus: 0,
      coverage: 0.75,
      retirementAge: 67,
      holderEmployeeIds: ['e1', 'e2', 'e3'],
    });
  });

  it('R2 in three years, 2.5 FTE: retirement and a lapsing level', () => {
    // e1 is 2029 − 1960 = 69 ≥ 67: retired. e2's level 3 lapses 2027-12-31 and level 2 is
    // too low. e6 has level 2. Only e3 (4, 66 years old) holds: 0.50 FTE.
    // Expected: e2 (renewal 2028-06-01) and e8 (2026-09-01): 0.80 + 0.40 = 1.20 FTE.
    // Gap 2.5 − 0.5 = 2.0 FTE, coverage 0.5 / 2.5 = 0.2.
    expect(gaps.get('R2')).toMatchObject({
      measure: 'FTE',
      holdersHeadcount: 1,
      holdersFte: 0.5,
      holders: 0.5,
      expectedHeadcount: 2,
      expectedFte: 1.2,
      expected: 1.2,
      gap: 2,
      surplus: 0,
      coverage: 0.2,
      holderEmployeeIds: ['e3'],
      expectedEmployeeIds: ['e2', 'e8'],
    });
  });

  it('R2 with retirement at 62: e3 (66 in 2029) leaves too', () => {
    // Holders 0 → gap 2.5, coverage 0. e2 (39) and e8 (29) are still expected.
    expect(gaps.get('R2')?.earlyRetirement).toMatchObject({
      retirementAge: 62,
      holdersHeadcount: 0,
      holders: 0,
      expectedHeadcount: 2,
      expectedFte: 1.2,
      gap: 2.5,
      coverage: 0,
    });
  });

  it('R3 now, level 2 across all of Gjøvik: a surplus', () => {
    // Holders: e5 (3), e6 (2), e1 (3), e2 (3 and 2: counted once), e3 (4) → 5.
    // FTE 0.60 + 0.3333 + 1.00 + 0.80 + 0.50 = 3.2333 → 3.23.
    // Surplus 5 − 3 = 2, coverage 5 / 3 = 1.6667.
    expect(gaps.get('R3')).toMatchObject({
      holdersHeadcount: 5,
      holdersFte: 3.23,
      gap: 0,
      surplus: 2,
      coverage: 1.6667,
      holderEmployeeIds: ['e5', 'e6', 'e1', 'e2', 'e3'],
    });
  });

  it('R4 in Østre Toten: one holder of three', () => {
    // e7 only; gap 2, coverage 1 / 3 = 0.3333.
    expect(gaps.get('R4')).toMatchObject({
      municipalityId: '3442',
      holders: 1,
      gap: 2,
      coverage: 0.3333,
    });
  });

  it('R5 requires nothing: all holders are surplus, coverage is undefined', () => {
    expect(gaps.get('R5')).toMatchObject({ holders: 1, gap: 0, surplus: 1, coverage: null });
  });

  it('R6 a competence nobody holds', () => {
    expect(gaps.get('R6')).toMatchObject({ holders: 0, holdersFte: 0, gap: 2, coverage: 0 });
  });

  it('keeps the input order', () => {
    const results = computeGaps({ ...base, requirements }, { today: TODAY });
    expect(results.map((r) => r.requirementId)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
  });

  it('leaves out employee ids and the second scenario unless asked', () => {
    const plain = run().get('R1')!;
    expect(plain.holderEmployeeIds).toBeUndefined();
    expect(plain.earlyRetirement).toBeNull();
  });
});

describe('computeGaps: retirement at and before today', () => {
  const input: GapInput = {
    ...base,
    employees: [emp('old', 'g-avd-a', 100, 1955)], // 71 in 2026, still at work
    holdings: [{ employeeId: 'old', competenceId: 'demens', level: 3, validUntil: null }],
    plannedCompletions: [],
    requirements: [
      req('now', { horizonDate: TODAY }),
      req('past', { horizonDate: '2025-06-01' }),
      req('tomorrow', { horizonDate: '2026-01-16' }),
    ],
  };

  it.each([
    ['now', 1], // counted: nobody active is excluded for age today
    ['past', 1],
    ['tomorrow', 0], // 2026 − 1955 = 71 ≥ 67
  ])('%s → %i holders', (id, holders) => {
    const result = computeGaps(input, { today: TODAY }).find((r) => r.requirementId === id);
    expect(result?.holders).toBe(holders);
  });

  it('uses the configured retirement age', () => {
    // age 71 < 72: still a holder tomorrow
    const result = computeGaps(input, { today: TODAY, retirementAge: 72 })[2];
    expect(result?.holders).toBe(1);
  });
});

describe('computeGaps: FTE arithmetic', () => {
  it('three 10 % positions make exactly 0.3 FTE (no floating-point residue)', () => {
    // In floats 0.1 + 0.1 + 0.1 = 0.30000000000000004 and the surplus would not be 0.
    const input: GapInput = {
      ...base,
      employees: ['a', 'b', 'c'].map((id) => emp(id, 'g-avd-a', 10, 1990)),
      holdings: ['a', 'b', 'c'].map((id) => ({
        employeeId: id,
        competenceId: 'demens',
        level: 3,
        validUntil: null,
      })),
      plannedCompletions: [],
      requirements: [req('fte', { required: 0.3, measure: 'FTE' })],
    };
    expect(computeGaps(input, { today: TODAY })[0]).toMatchObject({
      holders: 0.3,
      gap: 0,
      surplus: 0,
      coverage: 1,
    });
  });

  it('rounds a third to two decimals only at the output', () => {
    // 3 × 33.33 % = 99.99 % = 0.9999 FTE → 1.00; gap 1 − 0.9999 = 0.0001 → 0.00.
    const input: GapInput = {
      ...base,
      employees: ['a', 'b', 'c'].map((id) => emp(id, 'g-avd-a', 33.33, 1990)),
      holdings: ['a', 'b', 'c'].map((id) => ({
        employeeId: id,
        competenceId: 'demens',
        level: 3,
        validUntil: null,
      })),
      plannedCompletions: [],
      requirements: [req('fte', { required: 1, measure: 'FTE' })],
    };
    expect(computeGaps(input, { today: TODAY })[0]).toMatchObject({
      holdersFte: 1,
      gap: 0,
      coverage: 0.9999,
    });
  });
});

describe('computeGaps: bad input', () => {
  it.each<[string, Partial<GapInput>, Parameters<typeof computeGaps>[1], RegExp]>([
    [
      'unknown unit',
      { requirements: [req('x', { unitId: 'nowhere' })] },
      { today: TODAY },
      /unknown unit/,
    ],
    [
      'bad horizon',
      { requirements: [req('x', { horizonDate: '15.01.2029' })] },
      { today: TODAY },
      /horizonDate/,
    ],
    [
      'negative required',
      { requirements: [req('x', { required: -1 })] },
      { today: TODAY },
      /required/,
    ],
    ['bad today', { requirements: [] }, { today: '2026-13-01' }, /today/],
    [
      'bad retirement age',
      { requirements: [] },
      { today: TODAY, retirementAge: 0 },
      /retirementAge/,
    ],
    [
      'negative FTE',
      { employees: [emp('x', 'g-avd-a', -10, 1990)], requirements: [] },
      { today: TODAY },
      /stillingsprosent/,
    ],
  ])('%s throws', (_label, patch, settings, message) => {
    expect(() => computeGaps({ ...base, requirements: [], ...patch }, settings)).toThrow(message);
  });
});

describe('compareGapsBiggestFirst', () => {
  it('orders by gap, then priority, then coverage', () => {
    // Gap 2: R6 (critical, coverage 0), R4 (critical, 0.3333), R2 (important, 0.2);
    // gap 1: R1; gap 0: R3 (coverage 1.6667) before R5 (no coverage).
    const sorted = computeGaps({ ...base, requirements }, { today: TODAY }).sort(
      compareGapsBiggestFirst,
    );
    expect(sorted.map((g) => g.requirementId)).toEqual(['R6', 'R4', 'R2', 'R1', 'R3', 'R5']);
  });

  it('falls back to the requirement id so equal rows keep one order', () => {
    const a = { gap: 1, priority: 'CRITICAL', coverage: 0.5, requirementId: 'a' } as const;
    const b = { ...a, requirementId: 'b' };
    expect(compareGapsBiggestFirst(a, b)).toBeLessThan(0);
    expect(compareGapsBiggestFirst(b, a)).toBeGreaterThan(0);
    expect(compareGapsBiggestFirst(a, a)).toBe(0);
  });
});
