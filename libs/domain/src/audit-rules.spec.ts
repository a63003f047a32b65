import { auditableTypedEmail, recordsRefusal } from './audit-rules';

describe('recordsRefusal', () => {
  it.each([
    [1, true],
    [2, true],
    [3, false],
    [4, true],
    [5, false],
    [1024, true],
    [1023, false],
    [0, false],
    [-2, false],
    [2.5, false],
  ])('the refusal numbered %p gets an entry: %p', (count, expected) => {
    expect(recordsRefusal(count)).toBe(expected);
  });

  it('writes 11 entries for a flood of 1 000 refusals', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => i + 1).filter(recordsRefusal);
    expect(entries).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
  });
});

describe('auditableTypedEmail', () => {
  it.each([
    [' Kari.Nordmann@Gjovik.Kommune.no ', 'kari.nordmann@gjovik.kommune.no'],
    ['ingen@reks.demo', 'ingen@reks.demo'],
    // a password typed into the e-mail field is never kept
    ['reks-demo-2026', null],
    ['Hemmelig passord!', null],
    ['kari@localhost', null],
    ['a@b@c.no', null],
    ['', null],
    [`${'x'.repeat(250)}@a.no`, null],
  ])('%p → %p', (typed, expected) => {
    expect(auditableTypedEmail(typed)).toBe(expected);
  });
});
