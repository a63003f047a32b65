import {
  analyseRunChart,
  describeSignal,
  median,
  runsLimits,
  type RunChartPoint,
} from './run-chart';

const series = (values: number[]): RunChartPoint[] =>
  values.map((value, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, value }));

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[1, 3, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('runs table', () => {
  it('has no limits below 10 points off the median', () => {
    expect(runsLimits(9)).toBeNull();
  });

  it.each([
    // hand-worked from the exact distribution, 5 and 5 points: P(R ≤ 2) = 2/252 = 0.008,
    // P(R ≤ 3) = 10/252 = 0.040 > 0.025, so 2 runs is too few and 3 is not; symmetric above
    [10, 3, 9],
    // the published IHI table
    [24, 8, 18],
  ])('for %i points: %i to %i runs', (points, lower, upper) => {
    expect(runsLimits(points)).toEqual({ lower, upper });
  });
});

describe('analyseRunChart', () => {
  it('takes the centre line from the baseline period and finds a shift after it', () => {
    // baseline [9, 11, 10, 9, 11] → median 10; index 2 lies on it (neither makes nor breaks)
    const points = series([9, 11, 10, 9, 11, 12, 13, 12, 14, 13, 15, 12]);
    const analysis = analyseRunChart(points, 5);
    expect(analysis.median).toBe(10);
    expect(analysis.usefulPoints).toBe(11);
    // − + − then eight +: 4 runs, inside 4–9 for 11 points
    expect(analysis.runs).toBe(4);
    expect(analysis.runsLimits).toEqual({ lower: 4, upper: 9 });
    expect(analysis.signals).toEqual([
      { kind: 'SHIFT', points: [4, 5, 6, 7, 8, 9, 10, 11], direction: 'UP' },
    ]);
    expect(describeSignal(analysis.signals[0], points)).toBe(
      'Skift: 8 punkter på rad over medianen (2026-05–2026-12).',
    );
  });

  it('needs 6 points for a shift, and a point on the median does not break one', () => {
    const five = analyseRunChart(series([5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 3]), 11);
    expect(five.median).toBe(3);
    expect(five.signals.filter((s) => s.kind === 'SHIFT')).toEqual([]);
    const six = analyseRunChart(series([1, 1, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5]), 6);
    expect(six.median).toBe(2);
    // below: only the two 1s (the four 2s lie on the median); above: six 5s
    expect(six.signals.filter((s) => s.kind === 'SHIFT')).toEqual([
      { kind: 'SHIFT', points: [6, 7, 8, 9, 10, 11], direction: 'UP' },
    ]);
    // points on the median (the 1s after the baseline) neither make nor break the shift
    const across = analyseRunChart(series([1, 1, 1, 2, 1, 1, 1, 9, 9, 9, 9, 9]), 7);
    expect(across.median).toBe(1);
    expect(across.signals.filter((s) => s.kind === 'SHIFT')).toEqual([
      { kind: 'SHIFT', points: [3, 7, 8, 9, 10, 11], direction: 'UP' },
    ]);
  });

  it.each([
    ['five rising points', [1, 2, 3, 4, 5], [{ direction: 'UP', points: [0, 1, 2, 3, 4] }]],
    ['four rising points', [1, 2, 3, 4, 3], []],
    [
      'a repeated value is skipped, not counted',
      [1, 2, 2, 3, 4, 5],
      [{ direction: 'UP', points: [0, 1, 3, 4, 5] }],
    ],
    ['a repeat does not make the fifth point', [1, 2, 2, 3, 4], []],
    ['falling then turning', [10, 8, 6, 4, 2, 3], [{ direction: 'DOWN', points: [0, 1, 2, 3, 4] }]],
    [
      'the turning point belongs to both',
      [5, 4, 3, 2, 1, 2, 3, 4, 5],
      [
        { direction: 'DOWN', points: [0, 1, 2, 3, 4] },
        { direction: 'UP', points: [4, 5, 6, 7, 8] },
      ],
    ],
  ])('trend: %s', (_, values, expected) => {
    const trends = analyseRunChart(series(values)).signals.filter((s) => s.kind === 'TREND');
    expect(trends).toEqual(expected.map((t) => ({ kind: 'TREND', ...t })));
  });

  it('finds too many runs in a series that flips at every point', () => {
    const analysis = analyseRunChart(series([1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]));
    expect(analysis.median).toBe(2);
    expect(analysis.runs).toBe(12);
    expect(analysis.runsLimits).toEqual({ lower: 4, upper: 10 });
    expect(analysis.signals.map((s) => s.kind)).toEqual(['TOO_MANY_RUNS']);
  });

  it('finds too few runs (and the shifts behind them) in a series that jumps once', () => {
    const analysis = analyseRunChart(
      series([...Array<number>(10).fill(1), ...Array<number>(10).fill(5)]),
    );
    expect(analysis.median).toBe(3);
    expect(analysis.runs).toBe(2);
    expect(analysis.signals.map((s) => `${s.kind} ${s.direction}`)).toEqual([
      'SHIFT DOWN',
      'SHIFT UP',
      'TOO_FEW_RUNS null',
    ]);
  });

  it('says nothing of an empty series, and needs 10 points for the runs rule', () => {
    expect(analyseRunChart([])).toEqual({
      median: null,
      usefulPoints: 0,
      runs: 0,
      runsLimits: null,
      signals: [],
    });
    const short = analyseRunChart(series([1, 3, 1, 3, 1, 3]));
    expect(short.runsLimits).toBeNull();
    expect(short.signals).toEqual([]);
  });
});
