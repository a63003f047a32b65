import {
  birthYearBounds,
  birthYearProblem,
  dateBounds,
  dateProblem,
  hasControlCharacters,
} from './input-rules';

const TODAY = '2026-11-24';

describe('dateBounds', () => {
  it.each([
    ['employmentStart', '1940-01-01', '2028-11-24'],
    ['qualificationObtained', '1940-01-01', '2026-11-24'],
    ['qualificationExpiry', '1940-01-01', '2076-11-24'],
    ['assessmentDate', '1950-01-01', '2026-11-24'],
    ['assessmentValidUntil', '1950-01-01', '2076-11-24'],
    ['appraisalHeld', '1950-01-01', '2027-11-24'],
    ['actionDue', '2000-01-01', '2036-11-24'],
    ['cycleDate', '2000-01-01', '2036-12-31'],
    ['requirementTarget', '2000-01-01', '2036-11-24'],
  ] as const)('%s: %s – %s', (rule, earliest, latest) => {
    expect(dateBounds(rule, TODAY)).toEqual({ earliest, latest });
  });

  it('handles 29 February as today', () => {
    expect(dateBounds('employmentStart', '2028-02-29').latest).toBe('2030-02-28');
  });
});

describe('dateProblem', () => {
  it.each([
    [
      'assessmentDate',
      '1900-06-01',
      'DATE_TOO_EARLY',
      'Vurderingsdato kan ikke være før 01.01.1950',
    ],
    [
      'assessmentDate',
      '0001-01-01',
      'DATE_TOO_EARLY',
      'Vurderingsdato kan ikke være før 01.01.1950',
    ],
    ['assessmentDate', '2026-11-25', 'IN_FUTURE', 'Vurderingsdato kan ikke være i fremtiden'],
    [
      'appraisalHeld',
      '2999-01-01',
      'DATE_TOO_LATE',
      'Vurderingsdato kan ikke være etter 24.11.2027',
    ],
    ['cycleDate', '9999-12-31', 'DATE_TOO_LATE', 'Vurderingsdato kan ikke være etter 31.12.2036'],
  ] as const)('%s %s → %s', (rule, value, code, message) => {
    expect(dateProblem('Vurderingsdato', value, rule, TODAY)).toEqual({ code, message });
  });

  it.each([
    ['assessmentDate', '1950-01-01'],
    ['assessmentDate', TODAY],
    ['cycleDate', '2036-12-31'],
    ['employmentStart', '2028-11-24'],
  ] as const)('accepts the edge %s %s', (rule, value) => {
    expect(dateProblem('Dato', value, rule, TODAY)).toBeNull();
  });
});

describe('birth years', () => {
  it('allows ages 14 to 100', () => {
    expect(birthYearBounds(TODAY)).toEqual({ min: 1926, max: 2012 });
  });

  it.each([
    [2027, 'IN_FUTURE', 'Fødselsår kan ikke være i fremtiden'],
    [2020, 'BIRTH_YEAR_IMPLAUSIBLE', 'Fødselsår må være mellom 1926 og 2012 (14–100 år)'],
    [1900, 'BIRTH_YEAR_IMPLAUSIBLE', 'Fødselsår må være mellom 1926 og 2012 (14–100 år)'],
  ])('%i → %s', (year, code, message) => {
    expect(birthYearProblem('Fødselsår', year, TODAY)).toEqual({ code, message });
  });

  it.each([1926, 1980, 2012])('accepts %i', (year) => {
    expect(birthYearProblem('Fødselsår', year, TODAY)).toBeNull();
  });
});

describe('hasControlCharacters', () => {
  it.each([
    ['A\u0000B', true],
    ['\u0007bell', true],
    ['del\u007F', true],
    ['c1\u0085', true],
    ['line\nbreak\tand tab\r', false],
    ['Ærlig Øvre Åsen – «sitat» 😀', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasControlCharacters(text)).toBe(expected);
  });
});
