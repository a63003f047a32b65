import { describeLevels, formatNorwegianNumber, isIsoDate, type IsoDate } from '@kp/domain';
import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { Measure } from './requirement.enums';
import type { HorizonDates } from './horizons';
import type { CompetenceRef } from './requirements.repository';
import type { Horizon } from './requirement.enums';

/** numeric(7, 2): the largest amount the table holds. */
const MAX_AMOUNT = 99_999.99;

const HORIZON_WORDS: Record<Horizon, string> = {
  NOW: 'nå',
  ONE_YEAR: 'om ett år',
  THREE_YEARS: 'om tre år',
};

/** "0–4" for a consecutive scale, otherwise the levels listed. */
function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** Amount rules: above zero, whole people for headcount, at most two decimals for årsverk. */
export function amountProblems(field: string, value: number, measure: Measure): FieldProblem[] {
  if (value <= 0) {
    return [{ field, code: 'NOT_POSITIVE', message: 'Antall må være større enn 0' }];
  }
  if (value > MAX_AMOUNT) {
    return [
      {
        field,
        code: 'TOO_LARGE',
        message: `Antall kan være høyst ${formatNorwegianNumber(MAX_AMOUNT, 2)}`,
      },
    ];
  }
  if (measure === Measure.HEADCOUNT && !Number.isInteger(value)) {
    return [{ field, code: 'NOT_AN_INTEGER', message: 'Antall personer må være et helt tall' }];
  }
  if (!hasAtMostTwoDecimals(value)) {
    return [{ field, code: 'TOO_PRECISE', message: 'Antall årsverk kan ha høyst to desimaler' }];
  }
  return [];
}

/** The level must be one of the competence's own steps. */
export function levelProblems(level: number, competence: CompetenceRef): FieldProblem[] {
  if (competence.levels.includes(level)) return [];
  return [
    {
      field: 'minLevel',
      code: 'LEVEL_NOT_ON_SCALE',
      message: `Minstenivå ${level} finnes ikke på skalaen til «${competence.name}» (${describeLevels(competence.levels)})`,
    },
  ];
}

/**
 * A target date is a real ISO date, not in the past, and within its horizon (a need "in one
 * year" must be met within the year); it may move a need earlier, never later.
 */
export function targetDateProblems(
  targetDate: string | null,
  horizon: Horizon,
  today: IsoDate,
  dates: HorizonDates,
): FieldProblem[] {
  if (targetDate === null) return [];
  if (!isIsoDate(targetDate)) {
    return [
      {
        field: 'targetDate',
        code: 'INVALID_DATE',
        message: 'Måldato er ikke en gyldig dato (ÅÅÅÅ-MM-DD)',
      },
    ];
  }
  if (targetDate < today) {
    return [
      { field: 'targetDate', code: 'DATE_IN_PAST', message: 'Måldato kan ikke være tilbake i tid' },
    ];
  }
  if (targetDate > dates[horizon]) {
    return [
      {
        field: 'targetDate',
        code: 'OUTSIDE_HORIZON',
        message: `Måldato må ligge innenfor tidshorisonten «${HORIZON_WORDS[horizon]}» (senest ${dates[horizon]})`,
      },
    ];
  }
  return [];
}

/** A unit outside the caller's scope is reported exactly like one that does not exist. */
export function unknownUnitProblem(field = 'unitId'): FieldProblem {
  return { field, code: 'UNKNOWN_UNIT', message: 'Enheten finnes ikke' };
}

export function unknownUnit(field = 'unitId'): UserError {
  const problem = unknownUnitProblem(field);
  return UserError.field(problem.field, problem.code, problem.message);
}
