import { formatAmount } from './amount';

const NBSP = '\u00a0';

describe('formatAmount', () => {
  it('writes people as whole numbers', () => {
    expect(formatAmount(1128, 'HEADCOUNT')).toBe(`1${NBSP}128`);
    expect(formatAmount(0, 'HEADCOUNT')).toBe('0');
  });

  it('writes årsverk with up to two decimals', () => {
    expect(formatAmount(408.25, 'FTE')).toBe('408,25');
    expect(formatAmount(40.5, 'FTE')).toBe('40,5');
    expect(formatAmount(100, 'FTE')).toBe('100');
    expect(formatAmount(10.2, 'FTE')).toBe('10,2');
  });

  it('shows a dash for a missing amount', () => {
    expect(formatAmount(null, 'FTE')).toBe('–');
  });
});
