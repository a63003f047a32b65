import { chartRows, formatKostraValue } from './kostra-series';

describe('chartRows', () => {
  it('puts each series under its kind, null for a missing year', () => {
    expect(
      chartRows(
        [2023, 2024],
        [
          {
            kind: 'MUNICIPALITY',
            points: [
              { year: 2023, value: 71.8, status: null, basis: null },
              { year: 2024, value: null, status: '..', basis: null },
            ],
          },
          { kind: 'REGION', points: [{ year: 2024, value: 75, status: null, basis: 5 }] },
        ],
      ),
    ).toEqual([
      { year: 2023, MUNICIPALITY: 71.8, REGION: null },
      { year: 2024, MUNICIPALITY: null, REGION: 75 },
    ]);
  });
});

describe('formatKostraValue', () => {
  it.each([
    [{ value: 73.66, status: null }, 1, '73,7'],
    [{ value: 0.5975, status: null }, 2, '0,60'],
    [{ value: 1234.5, status: null }, 1, '1\u00a0234,5'],
    [{ value: null, status: '..' }, 1, '..'],
    [{ value: null, status: ':' }, 2, ':'],
    [{ value: null, status: null }, 1, '–'],
    [undefined, 1, '–'],
    [{ value: 12, status: null }, null, '12,0'],
  ])('%j with %s decimals → %s', (point, decimals, expected) => {
    expect(formatKostraValue(point, decimals)).toBe(expected);
  });
});
