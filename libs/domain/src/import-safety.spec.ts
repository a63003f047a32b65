import {
  confirmsDeactivation,
  deactivationNeedsConfirmation,
  fileMatchesFew,
  readConfirmedCount,
} from './import-safety';

describe('deactivationNeedsConfirmation', () => {
  it.each([
    // deactivating, active in scope, needs confirmation
    [0, 1012, false],
    [1, 1012, false],
    [1, 1, false], // one person is named in the preview, never a typed count
    [2, 1012, false],
    [20, 1012, false], // 20 is not more than 20, and under 10 %
    [21, 1012, true], // more than 20 people
    [987, 1012, true], // the 3-row file
    [2, 20, false], // exactly 10 % is not more than 10 %
    [3, 20, true], // 15 %
    [2, 5, true], // 40 % of a small unit
    [5, 50, false],
    [6, 50, true],
    [2, 0, true], // nobody active (should not happen): any mass deactivation is confirmed
  ])('%i of %i → %p', (deactivating, active, expected) => {
    expect(deactivationNeedsConfirmation(deactivating, active)).toBe(expected);
  });
});

describe('readConfirmedCount / confirmsDeactivation', () => {
  it.each([
    ['987', 987],
    [' 987 ', 987],
    ['1 012', 1012],
    ['1\u00A0012', 1012],
    ['0', 0],
    ['', null],
    ['ja', null],
    ['-987', null],
    ['987,0', null],
    ['9.87e2', null],
    ['1234567890', null], // more digits than any staff list
    [null, null],
    [undefined, null],
  ])('%j → %p', (typed, expected) => {
    expect(readConfirmedCount(typed)).toBe(expected);
  });

  it('holds only for the exact count', () => {
    expect(confirmsDeactivation('987', 987)).toBe(true);
    expect(confirmsDeactivation('986', 987)).toBe(false);
    expect(confirmsDeactivation('988', 987)).toBe(false);
    expect(confirmsDeactivation('ja', 987)).toBe(false);
    expect(confirmsDeactivation(null, 987)).toBe(false);
  });
});

describe('fileMatchesFew', () => {
  it.each([
    // rows, matched, active in scope, flagged
    [500, 0, 1012, true], // another municipality's file
    [500, 99, 1012, true], // 19,8 % match
    [500, 100, 1012, false], // 20 %
    [1000, 990, 1012, false], // the staff list itself
    [3, 0, 1012, false], // a short file: the deactivation guard speaks for it
    [5, 0, 1012, true],
    [50, 0, 9, false], // a nearly empty scope: a first import matches nobody
    [50, 0, 0, false],
  ])('%i rows, %i matched, %i active → %p', (rows, matched, activeInScope, expected) => {
    expect(fileMatchesFew({ rows, matched, activeInScope })).toBe(expected);
  });
});
