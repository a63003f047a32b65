import { halfYearDates, halfYearLabel, halfYearOf, nextHalfYear, type HalfYear } from './half-year';

describe('half-years', () => {
  it.each([
    ['2026-01-01', { year: 2026, half: 1 }],
    ['2026-06-30', { year: 2026, half: 1 }],
    ['2026-07-01', { year: 2026, half: 2 }],
    ['2026-12-31', { year: 2026, half: 2 }],
    ['2028-02-29', { year: 2028, half: 1 }],
  ])('%s lies in %o', (date, expected) => {
    expect(halfYearOf(date)).toEqual(expected);
  });

  it.each<[HalfYear, string, string]>([
    [{ year: 2026, half: 1 }, '2026-01-01', '2026-06-30'],
    [{ year: 2026, half: 2 }, '2026-07-01', '2026-12-31'],
  ])('%o runs from %s to %s', (period, startsOn, endsOn) => {
    expect(halfYearDates(period)).toEqual({ startsOn, endsOn });
  });

  it.each<[HalfYear, string]>([
    [{ year: 2026, half: 1 }, '1. halvår 2026'],
    [{ year: 2027, half: 2 }, '2. halvår 2027'],
  ])('%o is called «%s»', (period, label) => {
    expect(halfYearLabel(period)).toBe(label);
  });

  it.each<[HalfYear, HalfYear]>([
    [
      { year: 2026, half: 1 },
      { year: 2026, half: 2 },
    ],
    [
      { year: 2026, half: 2 },
      { year: 2027, half: 1 },
    ],
  ])('after %o comes %o', (period, next) => {
    expect(nextHalfYear(period)).toEqual(next);
  });
});
