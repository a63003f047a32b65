import {
  halfYearChoices,
  halfYearSlug,
  parseHalfYear,
  sameHalfYear,
  shiftHalfYear,
} from './half-year';

describe('half-years', () => {
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
