import { addYears, isoDateFromParts, type IsoDate, yearOf } from './iso-date';
import { formatNorwegianDate } from './norwegian-format';

/**
 * What a real record can hold: the date ranges of every date a user can enter, the birth years
 * of people at work, and the characters text may contain. One table, used by the API's input
 * validation and by the services that check dates against each other; docs/input-rules.md
 * gives the reasons.
 */
export type DateRuleName =
  | 'employmentStart'
  | 'qualificationObtained'
  | 'qualificationExpiry'
  | 'assessmentDate'
  | 'assessmentValidUntil'
  | 'appraisalHeld'
  | 'actionDue'
  | 'cycleDate'
  | 'requirementTarget';

type Latest =
  | { kind: 'today' }
  | { kind: 'yearsAhead'; years: number }
  | { kind: 'endOfYearAhead'; years: number };

interface DateRule {
  earliest: IsoDate;
  latest: Latest;
}

const TODAY: Latest = { kind: 'today' };

export const DATE_RULES: Record<DateRuleName, DateRule> = {
  // hired ahead of the start date, at most two years (as the HR import allows)
  employmentStart: { earliest: '1940-01-01', latest: { kind: 'yearsAhead', years: 2 } },
  qualificationObtained: { earliest: '1940-01-01', latest: TODAY },
  // validity periods are at most 600 months (50 years)
  qualificationExpiry: { earliest: '1940-01-01', latest: { kind: 'yearsAhead', years: 50 } },
  assessmentDate: { earliest: '1950-01-01', latest: TODAY },
  assessmentValidUntil: { earliest: '1950-01-01', latest: { kind: 'yearsAhead', years: 50 } },
  // a draft may carry the planned date; signing off requires a date that has come (the service)
  appraisalHeld: { earliest: '1950-01-01', latest: { kind: 'yearsAhead', years: 1 } },
  actionDue: { earliest: '2000-01-01', latest: { kind: 'yearsAhead', years: 10 } },
  cycleDate: { earliest: '2000-01-01', latest: { kind: 'endOfYearAhead', years: 10 } },
  requirementTarget: { earliest: '2000-01-01', latest: { kind: 'yearsAhead', years: 10 } },
};

export function dateBounds(
  rule: DateRuleName,
  today: IsoDate,
): { earliest: IsoDate; latest: IsoDate } {
  const { earliest, latest } = DATE_RULES[rule];
  switch (latest.kind) {
    case 'today':
      return { earliest, latest: today };
    case 'yearsAhead':
      return { earliest, latest: addYears(today, latest.years) };
    case 'endOfYearAhead':
      return { earliest, latest: isoDateFromParts(yearOf(today) + latest.years, 12, 31) };
  }
}

export interface InputProblem {
  code: string;
  message: string;
}

/**
 * A problem with one field of an input: the field's path as the client sent it
 * (`content.selfDeclarations.0.level`), a stable machine code and a Norwegian message.
 */
export interface FieldProblem extends InputProblem {
  field: string;
}

/**
 * A valid calendar date outside its rule's range: IN_FUTURE where the latest is today (the
 * message the services have always given), else DATE_TOO_EARLY or DATE_TOO_LATE naming the limit.
 */
export function dateProblem(
  label: string,
  value: IsoDate,
  rule: DateRuleName,
  today: IsoDate,
): InputProblem | null {
  const { earliest, latest } = dateBounds(rule, today);
  if (value < earliest) {
    return {
      code: 'DATE_TOO_EARLY',
      message: `${label} kan ikke være før ${formatNorwegianDate(earliest)}`,
    };
  }
  if (value > latest) {
    return DATE_RULES[rule].latest.kind === 'today'
      ? { code: 'IN_FUTURE', message: `${label} kan ikke være i fremtiden` }
      : {
          code: 'DATE_TOO_LATE',
          message: `${label} kan ikke være etter ${formatNorwegianDate(latest)}`,
        };
  }
  return null;
}

/** People at work are between 14 and 100 years old (as the HR import checks). */
export const WORKING_AGE = { min: 14, max: 100 } as const;

export function birthYearBounds(today: IsoDate): { min: number; max: number } {
  const year = yearOf(today);
  return { min: year - WORKING_AGE.max, max: year - WORKING_AGE.min };
}

export function birthYearProblem(label: string, year: number, today: IsoDate): InputProblem | null {
  if (year > yearOf(today)) {
    return { code: 'IN_FUTURE', message: `${label} kan ikke være i fremtiden` };
  }
  const { min, max } = birthYearBounds(today);
  if (year < min || year > max) {
    return {
      code: 'BIRTH_YEAR_IMPLAUSIBLE',
      message: `${label} må være mellom ${min} og ${max} (${WORKING_AGE.min}–${WORKING_AGE.max} år)`,
    };
  }
  return null;
}

/**
 * Control characters (C0 except tab, line feed and carriage return; DEL; C1) have no place in
 * text a person typed, and PostgreSQL refuses NUL outright.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}
