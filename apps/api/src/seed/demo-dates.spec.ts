import { createRandom } from '@kp/domain';
import { addMonths, daysBetween, randomDay } from './demo-dates';

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

describe('daysBetween', () => {
  it('counts calendar days across leap years and both ways', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-01', '2027-01-30')).toBe(90);
    expect(daysBetween('2026-11-01', '2026-10-31')).toBe(-1);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
});

describe('randomDay', () => {
  it('stays inside the range, both ends included, and refuses an empty one', () => {
    const random = createRandom(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) seen.add(randomDay(random, '2026-10-30', '2026-11-01'));
    expect([...seen].sort()).toEqual(['2026-10-30', '2026-10-31', '2026-11-01']);
    expect(() => randomDay(random, '2026-11-02', '2026-11-01')).toThrow(RangeError);
  });
});
