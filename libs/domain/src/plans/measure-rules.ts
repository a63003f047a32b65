// Rules for a measure's own values that the validation pipe cannot see one field at a time:
// the dates against each other, the funding lines, the places against the shares. Field names
// are those of the measure inputs (nested rows as "funding.1.amount", as the pipe names them).

import type { FieldProblem } from '../input-rules';
import { compareIsoDates, type IsoDate } from '../iso-date';
import { formatNorwegianDate, formatNorwegianNumber } from '../norwegian-format';

/** numeric(12, 2): the largest amount the table holds. */
export const MAX_FUNDING_AMOUNT = 9_999_999_999.99;

/** A measure may run at most this many years (further education runs for two). */
export const MAX_MEASURE_YEARS = 5;

export type FundingSource = 'OWN_BUDGET' | 'COMPETENCE_GRANT' | 'OTHER';

export const FUNDING_SOURCE_NAMES: Record<FundingSource, string> = {
  OWN_BUDGET: 'eget budsjett',
  COMPETENCE_GRANT: 'kompetanse- og innovasjonstilskuddet',
  OTHER: 'annen finansiering',
};

export interface MeasureValues {
  startsOn: IsoDate;
  endsOn: IsoDate;
  places: number;
  /** Hours per participant, at most one decimal (numeric(7, 1)). */
  hours: number;
  funding: ReadonlyArray<{ source: FundingSource; amount: number }>;
  /** Places per municipality (regional measures only). */
  shares: ReadonlyArray<{ municipalityId: string; places: number }>;
  /** Competences targeted (one target per competence). */
  targets: ReadonlyArray<{ competenceId: string }>;
}

/** `scaled` is a whole number, allowing for binary rounding (relative to its size). */
function isWhole(scaled: number): boolean {
  return Math.abs(Math.round(scaled) - scaled) <= 1e-12 * Math.max(1, Math.abs(scaled));
}

function hasAtMostTwoDecimals(value: number): boolean {
  return isWhole(value * 100);
}

function dateProblems(values: MeasureValues): FieldProblem[] {
  if (compareIsoDates(values.endsOn, values.startsOn) < 0) {
    return [
      {
        field: 'endsOn',
        code: 'BEFORE_START',
        message: `Sluttdato (${formatNorwegianDate(values.endsOn)}) kan ikke være før startdato (${formatNorwegianDate(values.startsOn)})`,
      },
    ];
  }
  const startYear = Number(values.startsOn.slice(0, 4));
  const latest = `${startYear + MAX_MEASURE_YEARS}${values.startsOn.slice(4)}`;
  if (compareIsoDates(values.endsOn, latest) > 0) {
    return [
      {
        field: 'endsOn',
        code: 'TOO_LONG',
        message: `Et tiltak kan vare høyst ${MAX_MEASURE_YEARS} år: sluttdato kan ikke være etter ${formatNorwegianDate(latest)}`,
      },
    ];
  }
  return [];
}

function hoursProblems(values: MeasureValues): FieldProblem[] {
  if (isWhole(values.hours * 10)) return [];
  return [
    {
      field: 'hours',
      code: 'TOO_PRECISE',
      message: 'Timer per deltaker kan ha høyst én desimal (f.eks. 7,5)',
    },
  ];
}

function fundingProblems(values: MeasureValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<FundingSource>();
  values.funding.forEach((line, i) => {
    const field = `funding.${i}.amount`;
    if (seen.has(line.source)) {
      problems.push({
        field: `funding.${i}.source`,
        code: 'DUPLICATE',
        message: `Finansieringskilden «${FUNDING_SOURCE_NAMES[line.source]}» er ført opp mer enn én gang`,
      });
    }
    seen.add(line.source);
    if (!Number.isFinite(line.amount) || line.amount < 0) {
      problems.push({
        field,
        code: 'NEGATIVE',
        message: 'Beløpet kan ikke være negativt (minst 0 kr)',
      });
    } else if (line.amount > MAX_FUNDING_AMOUNT) {
      problems.push({
        field,
        code: 'TOO_LARGE',
        message: `Beløpet kan være høyst ${formatNorwegianNumber(MAX_FUNDING_AMOUNT, 2)} kr`,
      });
    } else if (!hasAtMostTwoDecimals(line.amount)) {
      problems.push({
        field,
        code: 'TOO_PRECISE',
        message: 'Beløpet kan ha høyst to desimaler (øre)',
      });
    }
  });
  return problems;
}

function shareProblems(values: MeasureValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  values.shares.forEach((share, i) => {
    if (seen.has(share.municipalityId)) {
      problems.push({
        field: `shares.${i}.municipalityId`,
        code: 'DUPLICATE',
        message: 'Kommunen har allerede en andel av plassene; slå andelene sammen',
      });
    }
    seen.add(share.municipalityId);
  });
  const total = values.shares.reduce((sum, share) => sum + share.places, 0);
  if (total > values.places) {
    problems.push({
      field: 'shares',
      code: 'SHARES_OVER_PLACES',
      message: `Kommunenes andeler er til sammen ${formatNorwegianNumber(total)} plasser, men tiltaket har bare ${formatNorwegianNumber(values.places)}`,
    });
  }
  return problems;
}

function targetProblems(values: MeasureValues): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  values.targets.forEach((target, i) => {
    if (seen.has(target.competenceId)) {
      problems.push({
        field: `targets.${i}`,
        code: 'DUPLICATE',
        message: 'Kompetansen er allerede et mål for tiltaket; ett mål per kompetanse',
      });
    }
    seen.add(target.competenceId);
  });
  return problems;
}

/** Every problem with a measure's values at once (nothing is written when there is one). */
export function measureProblems(values: MeasureValues): FieldProblem[] {
  return [
    ...dateProblems(values),
    ...hoursProblems(values),
    ...fundingProblems(values),
    ...shareProblems(values),
    ...targetProblems(values),
  ];
}

/** A measure's cost: the sum of its funding lines. */
export function measureCost(funding: ReadonlyArray<{ amount: number }>): number {
  return Math.round(funding.reduce((sum, line) => sum + line.amount * 100, 0)) / 100;
}
