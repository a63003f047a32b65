import type { GapHorizonDates } from './gap-report';
import { amountProblems, levelProblems, targetDateProblems } from './requirement-rules';

describe('amountProblems', () => {
  it.each<[number, 'HEADCOUNT' | 'FTE', string | null, string | null]>([
    [1, 'HEADCOUNT', null, null],
    [3, 'FTE', null, null],
    [2.5, 'FTE', null, null],
    [0.01, 'FTE', null, null],
    [99_999.99, 'FTE', null, null],
    [0, 'HEADCOUNT', 'NOT_POSITIVE', 'Antall må være større enn 0'],
    [-1, 'FTE', 'NOT_POSITIVE', 'Antall må være større enn 0'],
    [100_000, 'FTE', 'TOO_LARGE', 'Antall kan være høyst 99\u00a0999,99'],
    [1.5, 'HEADCOUNT', 'NOT_AN_INTEGER', 'Antall personer må være et helt tall'],
    [1.005, 'FTE', 'TOO_PRECISE', 'Antall årsverk kan ha høyst to desimaler'],
    // positive, but 0.00 in the table's numeric(7, 2): found by the mutation fuzz test
    [0.004, 'FTE', 'TOO_PRECISE', 'Antall årsverk kan ha høyst to desimaler'],
    [1.5e-323, 'FTE', 'TOO_PRECISE', 'Antall årsverk kan ha høyst to desimaler'],
  ])('%s %s → %s', (value, measure, code, message) => {
    expect(amountProblems('required', value, measure)).toEqual(
      code === null ? [] : [{ field: 'required', code, message }],
    );
  });
});

describe('levelProblems', () => {
  it.each<[number, number[], string | null]>([
    [3, [0, 1, 2, 3, 4], null],
    [4, [0, 2, 4], null],
    [5, [0, 1, 2, 3, 4], 'Minstenivå 5 finnes ikke på skalaen til «HLR» (0–4)'],
    [3, [0, 2, 4], 'Minstenivå 3 finnes ikke på skalaen til «HLR» (0, 2, 4)'],
  ])('level %s on %j', (level, levels, message) => {
    expect(levelProblems(level, { name: 'HLR', levels })).toEqual(
      message === null ? [] : [{ field: 'minLevel', code: 'LEVEL_NOT_ON_SCALE', message }],
    );
  });
});

describe('targetDateProblems', () => {
  const today = '2026-12-07';
  const dates: GapHorizonDates = {
    NOW: today,
    ONE_YEAR: '2027-12-07',
    THREE_YEARS: '2029-12-07',
  };

  it.each<[string | null, 'NOW' | 'ONE_YEAR' | 'THREE_YEARS', string | null, string | null]>([
    [null, 'ONE_YEAR', null, null],
    ['2026-12-07', 'NOW', null, null],
    ['2027-06-01', 'ONE_YEAR', null, null],
    ['2027-12-07', 'ONE_YEAR', null, null],
    ['2029-12-07', 'THREE_YEARS', null, null],
    ['2027-02-30', 'ONE_YEAR', 'INVALID_DATE', 'Måldato er ikke en gyldig dato (ÅÅÅÅ-MM-DD)'],
    ['07.12.2027', 'ONE_YEAR', 'INVALID_DATE', 'Måldato er ikke en gyldig dato (ÅÅÅÅ-MM-DD)'],
    ['2026-12-06', 'ONE_YEAR', 'DATE_IN_PAST', 'Måldato kan ikke være tilbake i tid'],
    [
      '2026-12-08',
      'NOW',
      'OUTSIDE_HORIZON',
      'Måldato må ligge innenfor tidshorisonten «nå» (senest 2026-12-07)',
    ],
    [
      '2027-12-08',
      'ONE_YEAR',
      'OUTSIDE_HORIZON',
      'Måldato må ligge innenfor tidshorisonten «om ett år» (senest 2027-12-07)',
    ],
    [
      '2029-12-08',
      'THREE_YEARS',
      'OUTSIDE_HORIZON',
      'Måldato må ligge innenfor tidshorisonten «om tre år» (senest 2029-12-07)',
    ],
  ])('%s at %s → %s', (targetDate, horizon, code, message) => {
    expect(targetDateProblems(targetDate, horizon, today, dates)).toEqual(
      code === null ? [] : [{ field: 'targetDate', code, message }],
    );
  });
});
