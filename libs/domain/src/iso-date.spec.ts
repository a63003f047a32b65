import {
  addDays,
  addMonths,
  addYears,
  assertIsoDate,
  compareIsoDates,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoDateFromParts,
  todayInNorway,
  yearOf,
} from './iso-date';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [1900, false], // divisible by 100 but not by 400
    [2000, true], // divisible by 400
  ])('%i → %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
    [2026, 13, 0],
  ])('%i-%i → %i', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-31', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['', false],
    [20240101, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('assertIsoDate', () => {
  it('names the argument in the error', () => {
    expect(() => assertIsoDate('31.02.2024', 'horizonDate')).toThrow(/horizonDate/);
  });
  it('accepts a valid date', () => {
    expect(() => assertIsoDate('2024-02-29', 'd')).not.toThrow();
  });
});

describe('isoDateFromParts', () => {
  it('pads year, month and day', () => {
    expect(isoDateFromParts(987, 3, 4)).toBe('0987-03-04');
  });
  it('rejects a day that does not exist', () => {
    expect(() => isoDateFromParts(2023, 2, 29)).toThrow(RangeError);
  });
});

describe('yearOf and compareIsoDates', () => {
  it('reads the year', () => {
    expect(yearOf('2029-06-30')).toBe(2029);
  });
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-01-01', '2026-01-01', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // the night clocks go forward in Norway
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2026-11-22', 3, '2029-11-22'],
    ['2024-02-29', 1, '2025-02-28'], // no 29 February in 2025
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-06-30', -1, '2025-06-30'],
  ])('%s + %i years → %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-11-01', 12, '2026-11-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', -24, '2024-11-15'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2027-01-10', -1, '2026-12-10'],
    ['2026-05-31', 36, '2029-05-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('todayInNorway', () => {
  it.each([
    ['winter, before midnight UTC', '2026-01-15T22:59:59Z', '2026-01-15'],
    ['winter, 00:00 in Oslo (23:00 UTC)', '2026-01-15T23:00:00Z', '2026-01-16'],
    ['summer time, 00:30 in Oslo (22:30 UTC)', '2026-07-01T22:30:00Z', '2026-07-02'],
    ['summer time, 23:59 in Oslo', '2026-07-01T21:59:00Z', '2026-07-01'],
    ['new year in Oslo, still the old year in UTC', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['29 February', '2028-02-29T12:00:00Z', '2028-02-29'],
  ])('%s: %s → %s', (_label, instant, day) => {
    expect(todayInNorway(new Date(instant))).toBe(day);
  });

  it('defaults to now', () => {
    const before = todayInNorway(new Date());
    const today = todayInNorway();
    const after = todayInNorway(new Date());
    expect([before, after]).toContain(today);
    expect(isIsoDate(today)).toBe(true);
  });
});
