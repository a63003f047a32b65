import { findPins, questionsFor, vennCells } from './attack';
import { InferenceModel, inferRange, propagate, rangeSize, type Term } from './inference';
import { maximise } from './simplex';

const K = 5;

describe('the simplex', () => {
  it('solves small problems by hand', () => {
    // max x + y, x + 2y <= 4, 3x + y <= 6 → x = 1,6, y = 1,2, value 2,8
    const result = maximise(
      {
        variables: 2,
        rows: [
          {
            coefficients: [
              [0, 1],
              [1, 2],
            ],
            sense: '<=',
            rhs: 4,
          },
          {
            coefficients: [
              [0, 3],
              [1, 1],
            ],
            sense: '<=',
            rhs: 6,
          },
        ],
      },
      [
        [0, 1],
        [1, 1],
      ],
    );
    expect(result.status).toBe('optimal');
    expect(result.status === 'optimal' && result.value).toBeCloseTo(2.8, 9);
  });

  it('finds equalities, lower bounds, infeasible and unbounded problems', () => {
    // min x (max −x) with x + y = 5, y <= 2 → x = 3
    expect(
      maximise(
        {
          variables: 2,
          rows: [
            {
              coefficients: [
                [0, 1],
                [1, 1],
              ],
              sense: '=',
              rhs: 5,
            },
            { coefficients: [[1, 1]], sense: '<=', rhs: 2 },
          ],
        },
        [[0, -1]],
      ),
    ).toEqual({ status: 'optimal', value: -3 });
    expect(
      maximise(
        {
          variables: 1,
          rows: [
            { coefficients: [[0, 1]], sense: '>=', rhs: 3 },
            { coefficients: [[0, 1]], sense: '<=', rhs: 2 },
          ],
        },
        [[0, 1]],
      ).status,
    ).toBe('infeasible');
    expect(
      maximise({ variables: 1, rows: [{ coefficients: [[0, 1]], sense: '>=', rhs: 3 }] }, [[0, 1]])
        .status,
    ).toBe('unbounded');
  });
});

describe('propagation', () => {
  it('narrows sums, differences and max facts to a fixpoint', () => {
    const m = new InferenceModel();
    const a = m.variable('a', 0, 10);
    const b = m.variable('b', 0, 10);
    const g = m.variable('g');
    m.equal(
      [
        [a, 1],
        [b, 1],
      ],
      12,
    );
    m.linear(
      [
        [a, 1],
        [b, -1],
      ],
      4,
      4,
    ); // a − b = 4 → a = 8, b = 4
    m.max0(g, [[b, -1]], 6); // g = max(0, 6 − b) = 2
    const bounds = propagate(m)!;
    // bounds alone: a + b = 12 with both <= 10 gives 2 … 10, and a − b = 4 then 6 … 10
    expect([bounds.min[a], bounds.max[a], bounds.min[b], bounds.max[b]]).toEqual([6, 10, 2, 6]);
    expect([bounds.min[g], bounds.max[g]]).toEqual([0, 4]);
    // the ranges the attacker asks for add linear programming: a = 8, b = 4, g = 2
    expect(inferRange(m, bounds, [[a, 1]])).toEqual({ min: 8, max: 8 });
    expect(inferRange(m, bounds, [[b, 1]])).toEqual({ min: 4, max: 4 });
    expect(inferRange(m, bounds, [[g, 1]])).toEqual({ min: 2, max: 2 });
  });

  it('keeps steps (rounded values are multiples of k)', () => {
    const m = new InferenceModel();
    const r = m.variable('r', 0, 100, K);
    m.linear([[r, 1]], 3, 12);
    const bounds = propagate(m)!;
    expect([bounds.min[r], bounds.max[r]]).toEqual([5, 10]);
  });

  it('reports facts that contradict each other', () => {
    const m = new InferenceModel();
    const a = m.variable('a', 0, 3);
    m.equal([[a, 1]], 4);
    expect(propagate(m)).toBeNull();
  });

  it('uses linear programming where propagation alone stays wide', () => {
    // x1 + x2 = 10 and x1 + x2 + x3 = 10 → x3 = 0, which bounds on single variables miss
    const m = new InferenceModel();
    const [x1, x2, x3] = ['x1', 'x2', 'x3'].map((n) => m.variable(n, 0, 10));
    m.equal(
      [
        [x1, 1],
        [x2, 1],
      ],
      10,
    );
    m.equal(
      [
        [x1, 1],
        [x2, 1],
        [x3, 1],
      ],
      10,
    );
    const bounds = propagate(m)!;
    expect(inferRange(m, bounds, [[x3, 1]], { probes: 0, lpVariables: 0 }).max).toBe(10);
    expect(inferRange(m, bounds, [[x3, 1]])).toEqual({ min: 0, max: 0 });
  });
});

/**
 * The first example, as the old rule published it: one competence line at NOW with
 * two requirements, A (4 people required) and B (2 required). A had 4 holders and was hidden
 * as "fewer than 5"; B had 5 and was hidden as complementary. The line's total is visible:
 * gap 0, surplus 3. Hand-checked: gap 0 means both are covered, so A's holders are at least
 * 4, and "fewer than 5" says at most 4: A = 4, A's surplus 0, so B's surplus is 3: B = 5.
 */
function lineOfTwoRequirements(rule: 'old' | 'new') {
  const m = new InferenceModel();
  const hA = m.variable('holders A');
  const hB = m.variable('holders B');
  const [gA, gB, sA, sB] = ['gap A', 'gap B', 'surplus A', 'surplus B'].map((n) => m.variable(n));
  m.max0(gA, [[hA, -1]], 4);
  m.max0(gB, [[hB, -1]], 2);
  m.max0(sA, [[hA, 1]], -4);
  m.max0(sB, [[hB, 1]], -2);
  if (rule === 'old') {
    m.linear([[hA, 1]], 1, K - 1); // FEWER_THAN_K
    m.equal(
      [
        [gA, 1],
        [gB, 1],
      ],
      0,
    );
    m.equal(
      [
        [sA, 1],
        [sB, 1],
      ],
      3,
    );
  } else {
    // the new rule publishes holders rounded (A: 4 → 5, B: 5 → 5) and the gaps from them:
    // every figure of the line is a function of the rounded values
    const rA = m.variable('rounded A', 0, 1e9, K);
    const rB = m.variable('rounded B', 0, 1e9, K);
    m.roundedAtom(hA, rA, K);
    m.roundedAtom(hB, rB, K);
    m.equal([[rA, 1]], 5);
    m.equal([[rB, 1]], 5);
  }
  return { m, hA, hB };
}

describe('the old rule (exact figures with suppression) falls to the attacker', () => {
  it('pins both hidden requirements of a line from its total and the required amounts', () => {
    const { m, hA, hB } = lineOfTwoRequirements('old');
    const { pins, ranges } = findPins(
      m,
      [
        { name: 'A', terms: [[hA, 1]] },
        { name: 'B', terms: [[hB, 1]] },
      ],
      K,
    );
    expect(ranges.get('A')).toEqual({ min: 4, max: 4 });
    expect(ranges.get('B')).toEqual({ min: 5, max: 5 });
    expect(pins.map((p) => p.question)).toEqual(['A', 'B']);
  });

  it('pins the other municipality’s gap in the region view', () => {
    // Region line: municipality M1 hidden as "fewer than 5" (1 requirement, 1 required),
    // M2 hidden as complementary (1 requirement, 8 required), the region's gap visible: 1.
    // M1 has at least one holder, so its gap is 0 and M2's is 1: 7 holders.
    const m = new InferenceModel();
    const h1 = m.variable('holders M1');
    const h2 = m.variable('holders M2');
    const g1 = m.variable('gap M1');
    const g2 = m.variable('gap M2');
    m.max0(g1, [[h1, -1]], 1);
    m.max0(g2, [[h2, -1]], 8);
    m.linear([[h1, 1]], 1, K - 1);
    m.equal(
      [
        [g1, 1],
        [g2, 1],
      ],
      1,
    );
    const { pins, ranges } = findPins(
      m,
      [
        { name: 'gap M2', terms: [[g2, 1]] },
        { name: 'holders M2', terms: [[h2, 1]] },
      ],
      K,
    );
    expect(ranges.get('gap M2')).toEqual({ min: 1, max: 1 });
    expect(ranges.get('holders M2')).toEqual({ min: 7, max: 7 });
    expect(pins).toHaveLength(2);
  });

  it('pins the people who leave between two horizons from two exact figures', () => {
    // 121 holders now, 120 in a year: the one who leaves is a group of one
    const m = new InferenceModel();
    const stay = m.variable('stay');
    const leave = m.variable('leave');
    m.equal(
      [
        [stay, 1],
        [leave, 1],
      ],
      121,
    );
    m.equal([[stay, 1]], 120);
    const sets = [[0, 1], [0]];
    const { cellsOf, cells } = vennCells(2, sets);
    const questions = questionsFor(
      ['now', 'one year'],
      cellsOf,
      (c) => [stay, leave][cells[c][0]],
      cells.length,
    );
    const { pins } = findPins(m, questions, K);
    expect(pins).toContainEqual({ question: 'cell 1 = now − one year', min: 1, max: 1 });
  });
});

describe('the new rule (sums of rounded atoms) does not', () => {
  it('leaves the line of two requirements wide open', () => {
    const { m, hA, hB } = lineOfTwoRequirements('new');
    const { pins, ranges } = findPins(
      m,
      [
        { name: 'A', terms: [[hA, 1]] },
        { name: 'B', terms: [[hB, 1]] },
        {
          name: 'A + B',
          terms: [
            [hA, 1],
            [hB, 1],
          ],
        },
      ],
      K,
    );
    expect(pins).toEqual([]);
    expect(ranges.get('A')).toEqual({ min: 1, max: 9 });
  });

  it('leaves the people who leave between two horizons at least k values', () => {
    // 121 now = 120 who stay (a multiple of 5: never moved) + 1 who leaves (rounded to 0 or
    // 5): the figures are 120 or 125 now and 120 in a year
    for (const leaveRounded of [0, 5]) {
      const m = new InferenceModel();
      const stay = m.variable('stay');
      const leave = m.variable('leave');
      const rStay = m.variable('rounded stay', 0, 1e9, K);
      const rLeave = m.variable('rounded leave', 0, 1e9, K);
      m.roundedAtom(stay, rStay, K);
      m.roundedAtom(leave, rLeave, K);
      m.equal(
        [
          [rStay, 1],
          [rLeave, 1],
        ],
        120 + leaveRounded,
      );
      m.equal([[rStay, 1]], 120);
      const terms: Term[] = [[leave, 1]];
      const { pins, ranges } = findPins(m, [{ name: 'leave', terms }], K);
      expect(pins).toEqual([]);
      expect(rangeSize(ranges.get('leave')!)).toBeGreaterThanOrEqual(K);
    }
  });
});

describe('vennCells and questionsFor', () => {
  it('group atoms by the sets they are in, and ask for sets and nested differences', () => {
    // atoms 0–3; sets: {0,1,2} (now), {0,1} (one year), {0} (three years), {3} (elsewhere)
    const { cells, cellsOf } = vennCells(5, [[0, 1, 2], [0, 1], [0], [3]]);
    expect(cells).toEqual([[0], [1], [2], [3]]);
    expect(cellsOf).toEqual([[0, 1, 2], [0, 1], [0], [3]]);
    const questions = questionsFor(['now', '1y', '3y', 'other'], cellsOf, (c) => c, cells.length);
    expect(questions.map((q) => q.name)).toEqual([
      'cell 0 = 3y',
      'cell 1 = 1y − 3y',
      'cell 2 = now − 1y',
      'cell 3 = other',
      'now',
      '1y',
      'now − 3y',
    ]);
  });
});
