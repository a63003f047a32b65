import { formatYearMonth, parseYearMonth } from './months';

const NAMES = [
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

describe('months', () => {
  it('reads year and month', () => {
    expect(parseYearMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(parseYearMonth('2026-1')).toBeNull();
  });

  it('writes the short month name and the year', () => {
    expect(formatYearMonth('2026-11', NAMES)).toBe('nov. 2026');
    expect(formatYearMonth('2027-05', NAMES)).toBe('mai 2027');
    expect(formatYearMonth('soon', NAMES)).toBe('soon');
  });
});
