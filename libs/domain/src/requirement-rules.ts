// Rules for a requirement's own values that the validation pipe cannot see one field at a time:
// the amount for its measure, the level on the competence's own scale, the target date within
// its horizon. Field names are those of the requirement inputs.

import type { GapHorizon, GapHorizonDates } from './gap-report';
import type { Measure } from './gap-analysis';
import type { FieldProblem } from './input-rules';
import { isIsoDate, type IsoDate } from './iso-date';
import { describeLevels } from './levels';
import { formatNorwegianNumber } from './norwegian-format';

/** numeric(7, 2): the largest amount the table holds. */
const MAX_AMOUNT = 99_999.99;

const HORIZON_WORDS: Record<GapHorizon, string> = {
  NOW: 'nå',
  ONE_YEAR: 'om ett år',
  THREE_YEARS: 'om tre år',
};

/** For a positive value: it is a whole number of hundredths (so 0.004 or 1e-300 is not). */
function hasAtMostTwoDecimals(value: number): boolean {
  const hundredths = Math.round(value * 100);
  return hundredths >= 1 && Math.abs(hundredths - value * 100) < 1e-6;
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
  if (measure === 'HEADCOUNT' && !Number.isInteger(value)) {
    return [{ field, code: 'NOT_AN_INTEGER', message: 'Antall personer må være et helt tall' }];
  }
  if (!hasAtMostTwoDecimals(value)) {
    return [{ field, code: 'TOO_PRECISE', message: 'Antall årsverk kan ha høyst to desimaler' }];
  }
  return [];
}

/** The level must be one of the competence's own steps. */
export function levelProblems(
  level: number,
  competence: { name: string; levels: readonly number[] },
): FieldProblem[] {
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
  horizon: GapHorizon,
  today: IsoDate,
  dates: GapHorizonDates,
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
