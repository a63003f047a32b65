import {
  formatNorwegianDate,
  formatNorwegianNumber,
  formatPercent,
  parseNorwegianDate,
  parseNorwegianDecimal,
} from './norwegian-format';

// Expected strings are written with '_' for U+00A0 and '−' for U+2212, then converted, so a
// reader can see where the no-break spaces are.
const nb = (text: string) => text.replace(/_/g, '\u00A0');

describe('parseNorwegianDecimal', () => {
  it.each<[string, number | null]>([
    ['80,0', 80],
    ['80', 80],
    ['80,5', 80.5],
    ['80.5', 80.5],
    [' 80 % ', 80], // percent sign dropped, not divided: this is stillingsprosent
    ['80%', 80],
    ['33,33', 33.33],
    ['0,5', 0.5],
    [',5', 0.5],
    ['1 234,5', 1234.5],
    ['1\u00A0234', 1234],
    ['1\u202F234 567', 1234567],
    ['-5,5', -5.5],
    ['−5', -5], // U+2212, as Intl writes negative numbers in nb-NO
    ['+3', 3],
    ['0', 0],
    ['', null],
    ['   ', null],
    ['%', null],
    ['abc', null],
    ['80,5,5', null],
    ['1.234,5', null], // two separators: ambiguous, refused
    ['12 34', null], // spaces must separate groups of three
    ['- 5', null],
    ['5e3', null],
    ['Infinity', null],
    ['80,', null],
    ['80 %%', null],
  ])('%j → %s', (input, expected) => {
    expect(parseNorwegianDecimal(input)).toBe(expected);
  });

  it('returns null for null and undefined', () => {
    expect(parseNorwegianDecimal(null)).toBeNull();
    expect(parseNorwegianDecimal(undefined)).toBeNull();
  });
});

describe('parseNorwegianDate', () => {
  it.each<[string, string | null]>([
    ['01.02.2024', '2024-02-01'],
    ['1.2.2024', '2024-02-01'],
    [' 22.11.2026 ', '2026-11-22'],
    ['2024-02-01', '2024-02-01'],
    ['29.02.2024', '2024-02-29'], // leap year
    ['29.02.2023', null],
    ['31.02.2024', null],
    ['31.04.2024', null],
    ['00.01.2024', null],
    ['01.13.2024', null],
    ['01.02.24', null], // two-digit year
    ['2024-2-1', null],
    ['2024-02-30', null],
    ['01/02/2024', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(parseNorwegianDate(input)).toBe(expected);
  });

  it('returns null for null', () => {
    expect(parseNorwegianDate(null)).toBeNull();
  });
});

describe('formatNorwegianDate', () => {
  it.each([
    ['2026-11-22', '22.11.2026'],
    ['2024-02-01', '01.02.2024'],
  ])('%s → %s', (input, expected) => {
    expect(formatNorwegianDate(input)).toBe(expected);
  });

  it('throws for a non-ISO date', () => {
    expect(() => formatNorwegianDate('22.11.2026')).toThrow(RangeError);
  });
});

describe('formatNorwegianNumber', () => {
  it.each<[number, number, string]>([
    [1234.5, 1, '1_234,5'],
    [1234567, 0, '1_234_567'],
    [1000, 0, '1_000'],
    [999, 0, '999'],
    [0, 0, '0'],
    [5, 2, '5,00'],
    [999.5, 0, '1_000'], // rounding carries into a new group
    [2.5, 0, '3'], // half away from zero
    [-2.5, 0, '−3'],
    [1.005, 2, '1,01'], // as written, not as the binary 1.00499999…
    [0.1 + 0.2, 2, '0,30'],
    [-1234.56, 1, '−1_234,6'],
    [-0.04, 1, '0,0'], // rounds to zero: no minus sign
    [1e21, 0, '1_000_000_000_000_000_000_000'],
    [1e-7, 2, '0,00'],
    [1.5e-7, 7, '0,0000002'],
    [0.999, 2, '1,00'],
  ])('%d with %i decimals → %s', (value, decimals, expected) => {
    expect(formatNorwegianNumber(value, decimals)).toBe(nb(expected));
  });

  it('defaults to no decimals', () => {
    expect(formatNorwegianNumber(12.7)).toBe('13');
  });

  it.each([
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [1, -1],
    [1, 1.5],
    [1, 21],
  ])('throws for %d with %d decimals', (value, decimals) => {
    expect(() => formatNorwegianNumber(value, decimals)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each<[number, number, string]>([
    [0.771, 1, '77,1_%'],
    [0.7714, 1, '77,1_%'],
    [0.77149, 2, '77,15_%'],
    [1, 1, '100,0_%'],
    [0, 1, '0,0_%'],
    [0.145, 1, '14,5_%'], // 0.145 × 100 in binary is 14.499999999999998
    [0.0115, 1, '1,2_%'],
    [1.005, 0, '101_%'],
    [12.345, 1, '1_234,5_%'],
    [-0.05, 1, '−5,0_%'],
    [0.00004, 1, '0,0_%'],
  ])('%d with %i decimals → %s', (ratio, decimals, expected) => {
    expect(formatPercent(ratio, decimals)).toBe(nb(expected));
  });

  it('defaults to one decimal', () => {
    expect(formatPercent(0.5)).toBe(nb('50,0_%'));
  });
});
