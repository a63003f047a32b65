import {
  baselineProblems,
  coverageFigure,
  decimalsOf,
  endedPeriods,
  fteShareFigure,
  indicatorProblems,
  isStaffOn,
  lastEndedPeriod,
  measurementProblems,
  periodEnd,
  roundedShare,
  roundUnitCounts,
  runChartView,
  shareFigure,
  turnoverFigure,
} from './indicators';
import { analyseRunChart } from './run-chart';
import { readMeasurementRows } from './measurement-rows';

describe('periods', () => {
  it.each([
    ['2026-01', '2026-01-31'],
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2026-12', '2026-12-31'],
  ])('%s ends on %s', (period, end) => {
    expect(periodEnd(period)).toBe(end);
  });

  it.each([
    // a month is measured once its last day is over
    ['2026-10', '2026-12-07', ['2026-10', '2026-11']],
    ['2026-11', '2026-11-30', []],
    ['2026-11', '2026-12-01', ['2026-11']],
    ['2025-12', '2026-02-01', ['2025-12', '2026-01']],
  ])('from %s, on %s, the ended months are %j', (first, today, expected) => {
    expect(endedPeriods(first, today)).toEqual(expected);
  });

  it.each([
    ['2026-12-07', '2026-11'],
    ['2026-01-01', '2025-12'],
  ])('on %s the last ended month is %s', (today, period) => {
    expect(lastEndedPeriod(today)).toBe(period);
  });
});

describe('staff on a date', () => {
  it.each([
    [{ startDate: null, leftOn: null }, '2026-01-31', true],
    [{ startDate: '2026-02-01', leftOn: null }, '2026-01-31', false],
    [{ startDate: '2026-01-31', leftOn: null }, '2026-01-31', true],
    // the day they left they are no longer staff
    [{ startDate: '2020-01-01', leftOn: '2026-01-31' }, '2026-01-31', false],
    [{ startDate: '2020-01-01', leftOn: '2026-02-01' }, '2026-01-31', true],
  ])('%j on %s: %p', (person, date, expected) => {
    expect(isStaffOn(person, date)).toBe(expected);
  });
});

describe('figures', () => {
  it.each([
    [3, 4, 75],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 0, null],
  ])('share %i of %i is %p %%', (n, d, value) => {
    expect(shareFigure(n, d).value).toBe(value);
  });

  it('covers as the gap roll-up does: a surplus never covers another gap', () => {
    // requirement 1: 4 required, 6 holders → 4 covered; requirement 2: 5 required, 2 holders
    // → 2 covered; (4 + 2) / (4 + 5) = 66.7 %
    expect(
      coverageFigure([
        { required: 4, holders: 6 },
        { required: 5, holders: 2 },
      ]),
    ).toEqual({ numerator: 6, denominator: 9, value: 66.7 });
  });

  it('has no coverage without requirements', () => {
    expect(coverageFigure([]).value).toBeNull();
  });

  it('shares FTE in whole hundredths', () => {
    // 1.0 + 0.5 counted of 1.0 + 0.5 + 0.75 = 1.5 / 2.25 = 66.7 %
    expect(
      fteShareFigure([
        { fte: 1, counted: true },
        { fte: 0.5, counted: true },
        { fte: 0.75, counted: false },
      ]),
    ).toEqual({ numerator: 1.5, denominator: 2.25, value: 66.7 });
  });

  it('computes turnover per head count', () => {
    expect(turnoverFigure(3, 40).value).toBe(7.5);
  });

  it('computes a rounded share from the summed rounded counts, never from a rounded share', () => {
    // units: 5 of 10 and 0 of 5 → 5 / 15 = 33.3 %
    expect(
      roundedShare([
        { numerator: 5, denominator: 10 },
        { numerator: 0, denominator: 5 },
      ]).value,
    ).toBe(33.3);
  });
});

describe('measurement rules', () => {
  const today = '2026-12-07';

  it.each([
    [{ value: 4.5, measuredOn: '2026-12-07' }, 1, []],
    [{ value: 4.55, measuredOn: '2026-11-30' }, 1, ['value:TOO_MANY_DECIMALS']],
    [{ value: 4.5, measuredOn: '2026-11-30' }, 0, ['value:TOO_MANY_DECIMALS']],
    [{ value: 3, measuredOn: '2026-12-08' }, 0, ['measuredOn:DATE_IN_FUTURE']],
    [{ value: 3, measuredOn: '2026-02-30' }, 0, ['measuredOn:INVALID_DATE']],
    [
      { value: Number.NaN, measuredOn: '2027-01-01' },
      0,
      ['value:OUT_OF_RANGE', 'measuredOn:DATE_IN_FUTURE'],
    ],
  ])('%j with %i decimals: %j', (input, decimals, expected) => {
    expect(
      measurementProblems(input, { decimals }, today).map((p) => `${p.field}:${p.code}`),
    ).toEqual(expected);
  });

  it('names the date and today in Norwegian for a future measurement', () => {
    const [problem] = measurementProblems(
      { value: 1, measuredOn: '2027-01-15' },
      { decimals: 0 },
      today,
    );
    expect(problem.message).toBe(
      'Målingen kan ikke være datert etter i dag (07.12.2026); datoen var 15.01.2027.',
    );
  });

  it.each([
    [{ kind: 'PERIOD' as const, fromPeriod: '2025-01', toPeriod: '2025-12' }, []],
    [
      { kind: 'PERIOD' as const, fromPeriod: '2025-12', toPeriod: '2025-01' },
      ['toPeriod:BEFORE_START'],
    ],
    [
      { kind: 'PERIOD' as const, fromPeriod: '2025-13', toPeriod: '2027-01' },
      ['fromPeriod:INVALID_PERIOD', 'toPeriod:DATE_IN_FUTURE'],
    ],
    [
      { kind: 'VALUE' as const, value: 12.5, measuredOn: '2026-12-31' },
      ['measuredOn:DATE_IN_FUTURE'],
    ],
  ])('baseline %j: %j', (input, expected) => {
    expect(
      baselineProblems(input, { decimals: 1 }, today).map((p) => `${p.field}:${p.code}`),
    ).toEqual(expected);
  });

  it.each([
    [1, 0],
    [0.5, 1],
    [12.25, 2],
    [1e-7, 7],
  ])('%p has %i decimals', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe('indicator rules', () => {
  it.each([
    [{ name: 'Sykefravær', source: 'ENTERED' as const, unit: '%', decimals: 1 }, []],
    [
      { name: 'Sy', source: 'ENTERED' as const, unit: '%', decimals: 5 },
      ['name:LENGTH', 'decimals:OUT_OF_RANGE'],
    ],
    [
      { name: 'Dekning', source: 'COMPUTED' as const, unit: '%', decimals: 1 },
      ['computedKind:REQUIRED'],
    ],
    [
      {
        name: 'Dekning',
        source: 'COMPUTED' as const,
        computedKind: 'COMPETENCE_COVERAGE' as const,
        unit: '%',
        decimals: 1,
      },
      ['competenceId:REQUIRED'],
    ],
    [
      {
        name: 'Dekning',
        source: 'COMPUTED' as const,
        computedKind: 'FOCUS_AREA_COVERAGE' as const,
        tag: ' ',
        unit: '%',
        decimals: 1,
      },
      ['tag:REQUIRED'],
    ],
    [
      { name: 'Årsverk', source: 'KOSTRA' as const, kostraCode: '', unit: '%', decimals: 1 },
      ['kostraCode:REQUIRED'],
    ],
    [
      {
        name: 'Årsverk',
        source: 'KOSTRA' as const,
        kostraCode: 'KOSAndelHelseutd0000',
        unit: '%',
        decimals: 1,
      },
      [],
    ],
  ])('%j: %j', (input, expected) => {
    expect(indicatorProblems(input).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('run chart view', () => {
  const months = (values: number[], first = 1) =>
    values.map((value, i) => ({ period: `2026-${String(first + i).padStart(2, '0')}`, value }));

  it('uses the median of the baseline period and leaves out points before it', () => {
    // 2025-12 is before the baseline and left out; baseline 2026-01..05 = [9, 11, 10, 9, 11]
    // → median 10; then 12, 13, 12, 14, 13, 15: with 2026-05 (11) seven points above
    const series = [
      { period: '2025-12', value: 2 },
      ...months([9, 11, 10, 9, 11, 12, 13, 12, 14, 13, 15]),
    ];
    const view = runChartView(series, {
      kind: 'PERIOD',
      fromPeriod: '2026-01',
      toPeriod: '2026-05',
      value: null,
      measuredOn: null,
    });
    expect(view.points).toHaveLength(11);
    expect(view.baselinePoints).toBe(5);
    expect(view.baselineValue).toBe(10);
    expect(view.analysis.signals.map((s) => [s.kind, s.points])).toEqual([
      ['SHIFT', [4, 5, 6, 7, 8, 9, 10]],
    ]);
    expect(view.sentences).toEqual(['Skift: 7 punkter på rad over medianen (2026-05–2026-11).']);
  });

  it('takes a value baseline as the centre line', () => {
    // centre 20: all six points below → a shift down; 19, 18, 17, 16 is 4 points, no trend
    const view = runChartView(months([10, 12, 11, 19, 18, 17]), {
      kind: 'VALUE',
      fromPeriod: null,
      toPeriod: null,
      value: 20,
      measuredOn: '2025-12-31',
    });
    expect(view.baselineValue).toBe(20);
    expect(view.analysis.median).toBe(20);
    expect(view.analysis.signals).toEqual([
      { kind: 'SHIFT', points: [0, 1, 2, 3, 4, 5], direction: 'DOWN' },
    ]);
  });

  it('uses the median of every point without a baseline', () => {
    expect(runChartView(months([1, 2, 3]), null).baselineValue).toBe(2);
  });

  it('has no centre line when the baseline period has no points', () => {
    const view = runChartView(months([1, 2, 3]), {
      kind: 'PERIOD',
      fromPeriod: '2027-01',
      toPeriod: '2027-06',
      value: null,
      measuredOn: null,
    });
    expect(view.analysis.median).toBeNull();
    expect(view.points).toEqual([]);
  });

  it('lets analyseRunChart take a fixed centre line', () => {
    expect(analyseRunChart(months([1, 2, 3]), 0, 5).median).toBe(5);
    expect(analyseRunChart([], 0, 5).median).toBeNull();
  });
});

describe('rounded unit counts', () => {
  const draws = (u: number) => ({ uniform: () => u });

  it.each([
    // u = 0: every remainder rounds up (u · k < remainder); staff 7 → 10, counted 3 → 5
    [0, { unitId: 'a', numerator: 3, denominator: 7 }, { numerator: 5, denominator: 10 }],
    // u close to 1: every remainder rounds down; 7 → 5, 3 → 0
    [0.99, { unitId: 'a', numerator: 3, denominator: 7 }, { numerator: 0, denominator: 5 }],
    // multiples of k never move
    [0.5, { unitId: 'a', numerator: 5, denominator: 10 }, { numerator: 5, denominator: 10 }],
    // a count without a staff base is a root of its own: 4 → 5 with u = 0
    [0, { unitId: 'a', numerator: 4, denominator: 0 }, { numerator: 5, denominator: 0 }],
  ])('with u = %p, %j rounds to %j', (u, unit, expected) => {
    const [rounded] = roundUnitCounts([unit], 'ind|2026-01', 5, draws(u));
    expect({ numerator: rounded.numerator, denominator: rounded.denominator }).toEqual(expected);
  });

  it('rounds people who are not part of the staff (leavers) on their own', () => {
    // 7 leavers of a unit now 3 strong: with u = 0 both round up, 10 and 5
    const [r] = roundUnitCounts(
      [{ unitId: 'a', numerator: 7, denominator: 3 }],
      'k',
      5,
      draws(0),
      false,
    );
    expect(r).toEqual({ unitId: 'a', numerator: 10, denominator: 5 });
  });

  it('never shows a small group exactly and keeps the counted part within the staff', () => {
    for (let count = 1; count < 5; count += 1) {
      for (const u of [0, 0.25, 0.5, 0.75, 0.99]) {
        const [r] = roundUnitCounts(
          [{ unitId: 'x', numerator: count, denominator: 4 }],
          'k',
          5,
          draws(u),
        );
        expect(r.numerator % 5).toBe(0);
        expect(r.numerator).toBeLessThanOrEqual(r.denominator);
      }
    }
  });
});

describe('measurement rows from a file', () => {
  const today = '2026-12-07';
  const file = (...lines: string[][]) => lines.map((cells, i) => ({ rowNumber: i + 1, cells }));

  it('reads Norwegian headers, decimal commas, dates and months', () => {
    const { rows, issues } = readMeasurementRows(
      file(
        ['Måned', 'Resultat', 'Kommune'],
        ['2026-08', '4,3', 'Gjøvik'],
        ['15.09.2026', '4', ' Østre Toten '],
        ['', '', ''],
      ),
      { decimals: 1 },
      today,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 2, measuredOn: '2026-08-31', value: 4.3, place: 'Gjøvik' },
      { rowNumber: 3, measuredOn: '2026-09-15', value: 4, place: 'Østre Toten' },
    ]);
  });

  it('refuses future dates and bad values, naming row and column', () => {
    const { rows, issues } = readMeasurementRows(
      file(
        ['Dato', 'Verdi'],
        ['01.01.2027', '3'],
        ['2026-12', '3'],
        ['01.12.2026', 'tre'],
        ['01.12.2026', '3,25'],
      ),
      { decimals: 1 },
      today,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Dato', 'DATE_IN_FUTURE'],
      // the current month is dated its last day, which is after today
      [3, 'Dato', 'DATE_IN_FUTURE'],
      [4, 'Verdi', 'INVALID_NUMBER'],
      [5, 'Verdi', 'TOO_MANY_DECIMALS'],
    ]);
    expect(issues[0].message).toBe(
      'Rad 2, kolonne «Dato»: Målingen kan ikke være datert etter i dag (07.12.2026); datoen var 01.01.2027.',
    );
  });

  it('needs the date and value columns', () => {
    const { issues } = readMeasurementRows(
      file(['Sted', 'Verdi'], ['Gjøvik', '3']),
      { decimals: 0 },
      today,
    );
    expect(issues.map((i) => i.code)).toContain('MISSING_COLUMNS');
  });
});
