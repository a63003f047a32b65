import { entryProblems, entryValue } from './entry-form';

const today = '2026-12-07';

describe('the entry form check', () => {
  it.each([
    [{ value: '4,3', measuredOn: '2026-11-30' }, 1, []],
    [{ value: '4.3', measuredOn: '2026-12-07' }, 1, []],
    [
      { value: '', measuredOn: '' },
      1,
      [
        'value:evaluation.entry.errors.valueRequired',
        'measuredOn:evaluation.entry.errors.dateRequired',
      ],
    ],
    [{ value: 'fire', measuredOn: '2026-11-30' }, 1, ['value:evaluation.entry.errors.notANumber']],
    [
      { value: '4,35', measuredOn: '2026-11-30' },
      1,
      ['value:evaluation.entry.errors.tooManyDecimals'],
    ],
    [{ value: '4,5', measuredOn: '2026-11-30' }, 0, ['value:evaluation.entry.errors.wholeNumber']],
    [{ value: '4', measuredOn: '2026-12-08' }, 0, ['measuredOn:evaluation.entry.errors.future']],
    [
      { value: '4', measuredOn: '2026-02-30' },
      0,
      ['measuredOn:evaluation.entry.errors.invalidDate'],
    ],
  ])('%j with %i decimals: %j', (values, decimals, expected) => {
    expect(entryProblems(values, decimals, today).map((p) => `${p.field}:${p.key}`)).toEqual(
      expected,
    );
  });

  it('reads a decimal comma', () => {
    expect(entryValue({ value: ' 4,3 ', measuredOn: '' })).toBe(4.3);
  });
});
