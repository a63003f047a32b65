import { formatKroner } from './money.format';

const NBSP = '\u00A0';

describe('formatKroner', () => {
  it.each([
    [0, `0${NBSP}kr`],
    [12500, `12${NBSP}500${NBSP}kr`],
    [12500.5, `12${NBSP}500,50${NBSP}kr`],
    [1234567.89, `1${NBSP}234${NBSP}567,89${NBSP}kr`],
  ])('%d is «%s»', (amount, text) => {
    expect(formatKroner(amount)).toBe(text);
  });

  it('shows a dash, not «kr», for a missing amount', () => {
    expect(formatKroner(null)).toBe('–');
    expect(formatKroner(undefined)).toBe('–');
    expect(formatKroner(Number.NaN)).toBe('–');
  });
});
