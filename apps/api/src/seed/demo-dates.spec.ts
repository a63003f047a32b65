import { createRandom } from '@kp/domain';
import { daysBetween, randomDay } from './demo-dates';

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
