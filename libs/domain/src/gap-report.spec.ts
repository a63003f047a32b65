import {
  breakdownRows,
  evaluate,
  type GapEngineRow,
  type GapHorizonDates,
  lineKey,
  sortForDisplay,
  topPriority,
} from './gap-report';

const DATES: GapHorizonDates = {
  NOW: '2026-12-07',
  ONE_YEAR: '2027-12-07',
  THREE_YEARS: '2029-12-07',
};

/** Units: M1 has top units A (with department A1) and B; M2 has top unit C. */
const PATHS: Record<string, string[]> = {
  A: ['A'],
  A1: ['A', 'A1'],
  B: ['B'],
  C: ['C'],
};
const MUNICIPALITY: Record<string, string> = { A: 'M1', A1: 'M1', B: 'M1', C: 'M2' };

function row(
  overrides: Partial<GapEngineRow> & { requirementId: string; unitId: string },
): GapEngineRow {
  return {
    horizon: 'NOW',
    municipalityId: MUNICIPALITY[overrides.unitId],
    competenceId: 'hlr',
    minLevel: 3,
    required: 4,
    measure: 'HEADCOUNT',
    priority: 'IMPORTANT',
    age: 67,
    holdersHeadcount: 1,
    holdersFte: 1,
    expectedHeadcount: 0,
    expectedFte: 0,
    holders: 1,
    expected: 0,
    gap: 3,
    surplus: 0,
    coverage: 0.25,
    ...overrides,
  };
}

const options = {
  regionId: 'R',
  dates: DATES,
  retirementAge: 67,
  earlyAge: 62,
  pathOf: (unitId: string) => PATHS[unitId],
};

describe('evaluate', () => {
  it('pairs each requirement and horizon with its early-retirement row', () => {
    const evaluated = evaluate(
      [
        row({ requirementId: 'r1', unitId: 'A1' }),
        row({ requirementId: 'r1', unitId: 'A1', age: 62, gap: 4, holders: 0, coverage: 0 }),
        row({ requirementId: 'r1', unitId: 'A1', horizon: 'THREE_YEARS', gap: 2, coverage: 0.5 }),
      ],
      options,
    );
    expect(
      evaluated.map((e) => [e.key, e.main.gap, e.early?.gap ?? null, e.main.horizonDate, e.path]),
    ).toEqual([
      ['r1|NOW', 3, 4, '2026-12-07', ['A', 'A1']],
      ['r1|THREE_YEARS', 2, null, '2029-12-07', ['A', 'A1']],
    ]);
    expect(evaluated.every((e) => !e.rounded && e.main.regionId === 'R')).toBe(true);
  });

  it('leaves early null when no early age was asked', () => {
    const [only] = evaluate(
      [
        row({ requirementId: 'r1', unitId: 'A' }),
        row({ requirementId: 'r1', unitId: 'A', age: 62 }),
      ],
      { ...options, earlyAge: null },
    );
    expect(only.early).toBeNull();
  });
});

describe('breakdownRows', () => {
  const evaluated = evaluate(
    [
      row({ requirementId: 'r1', unitId: 'A1', gap: 3, required: 4, coverage: 0.25 }),
      row({
        requirementId: 'r2',
        unitId: 'B',
        gap: 0,
        required: 2,
        surplus: 1,
        coverage: 1,
        priority: 'CRITICAL',
      }),
      row({ requirementId: 'r3', unitId: 'C', gap: 1, required: 1, coverage: 0 }),
      row({
        requirementId: 'r4',
        unitId: 'A',
        measure: 'FTE',
        gap: 0.5,
        required: 1,
        coverage: 0.5,
      }),
    ],
    { ...options, earlyAge: null },
  );

  it.each([
    {
      breakdown: 'MUNICIPALITY' as const,
      rows: [
        ['MUNICIPALITY', 'M1', 'hlr|HEADCOUNT|NOW', 3, 6],
        ['MUNICIPALITY', 'M2', 'hlr|HEADCOUNT|NOW', 1, 1],
        ['MUNICIPALITY', 'M1', 'hlr|FTE|NOW', 0.5, 1],
      ],
    },
    {
      breakdown: 'UNIT' as const,
      rows: [
        ['UNIT', 'A', 'hlr|HEADCOUNT|NOW', 3, 4],
        ['UNIT', 'B', 'hlr|HEADCOUNT|NOW', 0, 2],
        ['UNIT', 'C', 'hlr|HEADCOUNT|NOW', 1, 1],
        ['UNIT', 'A', 'hlr|FTE|NOW', 0.5, 1],
      ],
    },
    { breakdown: 'REQUIREMENT' as const, rows: [] },
  ])('$breakdown: one row per scope × competence × measure × horizon', ({ breakdown, rows }) => {
    const result = breakdownRows(evaluated, breakdown, {
      level: 'REGION',
      id: 'R',
      unitPath: null,
      bucketDepth: () => 1,
    });
    expect(
      result.rows.map((r) => [
        r.level,
        r.path[r.path.length - 1],
        lineKey(r.rollUp, r.horizon),
        r.rollUp.gap,
        r.rollUp.required,
      ]),
    ).toEqual(rows);
    // totals never add headcount and FTE together, and do not depend on the breakdown
    expect(result.totals.map((t) => [lineKey(t.rollUp, t.horizon), t.rollUp.gap, t.level])).toEqual(
      [
        ['hlr|HEADCOUNT|NOW', 4, 'REGION'],
        ['hlr|FTE|NOW', 0.5, 'REGION'],
      ],
    );
  });

  it('takes the most urgent priority of a row', () => {
    const { totals } = breakdownRows(evaluated, 'MUNICIPALITY', {
      level: 'REGION',
      id: 'R',
      unitPath: null,
      bucketDepth: () => 1,
    });
    expect(totals.map((t) => topPriority(t.members))).toEqual(['CRITICAL', 'IMPORTANT']);
  });
});

describe('sortForDisplay', () => {
  it.each([
    { what: 'bigger gap first', a: [2, 'DESIRABLE', 0.5], b: [1, 'CRITICAL', 0.1], first: 'a' },
    {
      what: 'same gap: more urgent first',
      a: [1, 'DESIRABLE', 0.1],
      b: [1, 'CRITICAL', 0.9],
      first: 'b',
    },
    {
      what: 'a hidden gap counts as 0',
      a: [null, 'CRITICAL', null],
      b: [1, 'DESIRABLE', 0.5],
      first: 'b',
    },
  ] as const)('$what', ({ a, b, first }) => {
    const item = (
      id: string,
      [gap, priority, coverage]: readonly [number | null, 'CRITICAL' | 'DESIRABLE', number | null],
    ) => ({
      id,
      gap: { value: gap },
      coverage: { value: coverage },
      priority,
    });
    const sorted = sortForDisplay([item('a', a), item('b', b)], (x) => x.id);
    expect(sorted[0].id).toBe(first);
  });
});
