import {
  halfYearChoices,
  halfYearOf,
  halfYearRange,
  halfYearSlug,
  parseHalfYear,
  sameHalfYear,
  shiftHalfYear,
} from './half-year';

describe('half-years', () => {
  it.each([
    ['2026-01-01', { year: 2026, half: 1 }],
    ['2026-06-30', { year: 2026, half: 1 }],
    ['2026-07-01', { year: 2026, half: 2 }],
    ['2026-12-31', { year: 2026, half: 2 }],
  ])('%s lies in %o', (date, expected) => {
    expect(halfYearOf(date)).toEqual(expected);
  });

  it('run from 1 January to 30 June and from 1 July to 31 December', () => {
    expect(halfYearRange({ year: 2027, half: 1 })).toEqual({
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(halfYearRange({ year: 2026, half: 2 })).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
    });
  });

  it.each([
    [{ year: 2026, half: 2 }, 1, { year: 2027, half: 1 }],
    [{ year: 2026, half: 2 }, -1, { year: 2026, half: 1 }],
    [{ year: 2026, half: 1 }, -1, { year: 2025, half: 2 }],
    [{ year: 2026, half: 1 }, 3, { year: 2027, half: 2 }],
    [{ year: 2026, half: 2 }, -4, { year: 2024, half: 2 }],
  ] as const)('%o shifted by %i is %o', (from, steps, expected) => {
    expect(shiftHalfYear(from, steps)).toEqual(expected);
  });

  it('round-trip through the address and refuse anything else', () => {
    expect(halfYearSlug({ year: 2026, half: 2 })).toBe('2026-2');
    expect(parseHalfYear('2026-2')).toEqual({ year: 2026, half: 2 });
    for (const bad of ['2026-3', '2026', '26-1', '2026-1x', '', null, undefined]) {
      expect(parseHalfYear(bad)).toBeNull();
    }
  });

  it('offer a year back and a year ahead, oldest first', () => {
    const choices = halfYearChoices({ year: 2026, half: 2 });
    expect(choices.map(halfYearSlug)).toEqual(['2025-2', '2026-1', '2026-2', '2027-1', '2027-2']);
    expect(sameHalfYear(choices[2], { year: 2026, half: 2 })).toBe(true);
    expect(sameHalfYear(choices[1], { year: 2026, half: 2 })).toBe(false);
  });
});
