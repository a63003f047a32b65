import { formatInteger, formatNumber, formatPercent } from './number.format';

// Written out with escapes so the expectations show exactly which spaces and signs are used.
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [7, 0, '7'],
    [999, 0, '999'],
    [1234, 0, `1${NBSP}234`],
    [1234567, 0, `1${NBSP}234${NBSP}567`],
    [1234.5, 1, `1${NBSP}234,5`],
    [0.5, 2, '0,50'],
    [0.05, 1, '0,1'],
    [1.005, 2, '1,01'],
    [2.5, 0, '3'],
    [-2.5, 0, `${MINUS}3`],
    [-1234.5, 1, `${MINUS}1${NBSP}234,5`],
    [-0.04, 1, '0,0'],
    [0.0000001, 2, '0,00'],
    [1e21, 0, `1${`${NBSP}000`.repeat(7)}`],
  ])('formats %p with %p decimals as %p', (value, decimals, expected) => {
    expect(formatNumber(value, { decimals })).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity, null, undefined])('shows a dash for %p', (value) => {
    expect(formatNumber(value)).toBe('–');
  });

  it('refuses a meaningless number of decimals', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
  });
});

describe('formatInteger', () => {
  it('rounds to whole numbers and groups thousands', () => {
    expect(formatInteger(12345.6)).toBe(`12${NBSP}346`);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.771, undefined, `77,1${NBSP}%`],
    [1, undefined, `100,0${NBSP}%`],
    [0, undefined, `0,0${NBSP}%`],
    [0.0715, undefined, `7,2${NBSP}%`],
    [0.12345, 2, `12,35${NBSP}%`],
    [0.5, 0, `50${NBSP}%`],
    [-0.031, undefined, `${MINUS}3,1${NBSP}%`],
    [12.5, undefined, `1${NBSP}250,0${NBSP}%`],
  ])('formats the share %p (decimals %p) as %p', (share, decimals, expected) => {
    expect(formatPercent(share, decimals === undefined ? {} : { decimals })).toBe(expected);
  });

  it('shows a dash for a missing share', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(NaN)).toBe('–');
  });
});
