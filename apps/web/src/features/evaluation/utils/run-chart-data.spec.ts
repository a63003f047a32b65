import { formatPeriod, runChartRows, valueDomain } from './run-chart-data';

const MONTHS = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'mai',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'des.',
];

const point = (period: string, value: number | null, inSignal = false, inBaseline = false) => ({
  period,
  measuredOn: `${period}-28`,
  value,
  source: 'REBUILT' as const,
  enteredBy: null,
  inSignal,
  inBaseline,
});

describe('run chart rows', () => {
  it.each([
    ['2026-08', 'aug. 2026'],
    ['2025-12', 'des. 2025'],
    ['2025-13', '2025-13'],
    ['hei', 'hei'],
  ])('%s reads %s', (period, label) => {
    expect(formatPeriod(period, MONTHS)).toBe(label);
  });

  it('draws the centre line across every point and repeats signal points', () => {
    const rows = runChartRows(
      {
        median: 10,
        points: [
          point('2026-01', 9, false, true),
          point('2026-02', 12, true),
          point('2026-03', null),
        ],
      },
      MONTHS,
    );
    expect(rows).toEqual([
      {
        period: '2026-01',
        label: 'jan. 2026',
        value: 9,
        median: 10,
        signal: null,
        inBaseline: true,
      },
      {
        period: '2026-02',
        label: 'feb. 2026',
        value: 12,
        median: 10,
        signal: 12,
        inBaseline: false,
      },
      {
        period: '2026-03',
        label: 'mar. 2026',
        value: null,
        median: 10,
        signal: null,
        inBaseline: false,
      },
    ]);
  });

  it.each([
    [[4, 6], null, [0, 6.6]],
    [[4, 6], 10, [0, 11]],
    [[], null, [0, 1]],
    [[-2, 2], null, [-2, 2.4]],
  ])('values %j with target %p span %j', (values, target, domain) => {
    const rows = runChartRows(
      { median: null, points: values.map((v, i) => point(`2026-0${i + 1}`, v)) },
      MONTHS,
    );
    expect(valueDomain(rows, target)).toEqual(domain);
  });
});
