// Indicators for the evaluation stage (docs/evaluation.md): what each computed indicator means,
// the monthly periods they are measured in, the rules for entered measurements and baselines,
// and the run chart of a series with its baseline. Pure: the API's SQL computes the same figures
// for a whole region at once (apps/api/src/evaluation/indicator-figures.sql.ts).
import { addDays, compareIsoDates, isIsoDate, type IsoDate } from '../iso-date';
import { formatNorwegianDate } from '../norwegian-format';
import { roundAtomTree, type Draws } from '../protection/rounding';
import {
  analyseRunChart,
  describeSignal,
  type RunChartAnalysis,
  type RunChartPoint,
} from './run-chart';

export type IndicatorSource = 'COMPUTED' | 'ENTERED' | 'KOSTRA';
export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type ComputedIndicatorKind =
  | 'COMPETENCE_COVERAGE'
  | 'FOCUS_AREA_COVERAGE'
  | 'APPRAISAL_COMPLETION'
  | 'HEALTH_EDUCATION_FTE'
  | 'HIGHER_EDUCATION_FTE'
  | 'TURNOVER'
  | 'STAFF_LEAVING'
  | 'CERTIFICATES_EXPIRING'
  | 'GAP_CLOSED_BY_MEASURES';

/** What a computed indicator counts, and how its figure is shown. */
export interface ComputedKindSpec {
  /** A share in per cent (numerator / denominator × 100) or a count (the numerator). */
  figure: 'SHARE' | 'COUNT';
  unit: string;
  decimals: number;
  direction: IndicatorDirection;
  /** The subject the kind needs: a competence, a competence tag (focus area), or none. */
  subject: 'COMPETENCE' | 'TAG' | null;
  /** The Norwegian name, with the subject's name where it has one. */
  name: (subject: string) => string;
  /**
   * Counts of people: rounded for readers who may not see the people (COVERAGE counts people
   * too, but against required amounts that are public; see docs/evaluation.md).
   */
  people: boolean;
}

export const COMPUTED_KINDS: Readonly<Record<ComputedIndicatorKind, ComputedKindSpec>> = {
  COMPETENCE_COVERAGE: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    subject: 'COMPETENCE',
    name: (s) => `Dekning av kravene til «${s}»`,
    people: true,
  },
  FOCUS_AREA_COVERAGE: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    subject: 'TAG',
    name: (s) => `Dekning av kravene i satsingsområdet «${s}»`,
    people: true,
  },
  APPRAISAL_COMPLETION: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    subject: null,
    name: () => 'Andel ansatte med gjennomført medarbeidersamtale i årets runde',
    people: true,
  },
  HEALTH_EDUCATION_FTE: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    subject: null,
    name: () => 'Andel årsverk med helsefaglig utdanning',
    people: true,
  },
  HIGHER_EDUCATION_FTE: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    subject: null,
    name: () => 'Andel årsverk med høyere utdanning',
    people: true,
  },
  TURNOVER: {
    figure: 'SHARE',
    unit: '%',
    decimals: 1,
    direction: 'LOWER_IS_BETTER',
    subject: null,
    name: () => 'Turnover siste 12 måneder',
    people: true,
  },
  STAFF_LEAVING: {
    figure: 'COUNT',
    unit: 'personer',
    decimals: 0,
    direction: 'LOWER_IS_BETTER',
    subject: null,
    name: () => 'Ansatte som har sluttet i måneden',
    people: true,
  },
  CERTIFICATES_EXPIRING: {
    figure: 'COUNT',
    unit: 'sertifikater',
    decimals: 0,
    direction: 'LOWER_IS_BETTER',
    subject: null,
    name: () => 'Sertifikater og godkjenninger som går ut de neste 3 månedene',
    people: true,
  },
  GAP_CLOSED_BY_MEASURES: {
    figure: 'COUNT',
    unit: 'personer',
    decimals: 0,
    direction: 'HIGHER_IS_BETTER',
    subject: null,
    name: () => 'Gjennomførte tiltak mot kompetansegap siste 12 måneder',
    people: true,
  },
};

export const COMPUTED_KIND_NAMES = Object.keys(COMPUTED_KINDS) as ComputedIndicatorKind[];

/** Certificates counted as expiring: those whose expiry falls in the next this many months. */
export const EXPIRING_MONTHS = 3;
/** Turnover and completed measures look back this many months (a rolling year). */
export const ROLLING_MONTHS = 12;

// ---------------------------------------------------------------------------------------------
// Periods: a month, 'YYYY-MM'. A computed figure for a period is taken as of its last day.

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

export function periodOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

export function previousPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The last day of the month: the date a computed figure of the period is taken at. */
export function periodEnd(period: string): IsoDate {
  return addDays(`${nextPeriod(period)}-01`, -1);
}

/** The first day of the month. */
export function periodStart(period: string): IsoDate {
  return `${period}-01`;
}

/**
 * The months that have ended by `today` (their last day is before today), from `first` on, in
 * order. The month `today` is in is measured once it has ended.
 */
export function endedPeriods(first: string, today: IsoDate): string[] {
  const out: string[] = [];
  for (let p = first; compareIsoDates(periodEnd(p), today) < 0; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The month that ended last before `today`. */
export function lastEndedPeriod(today: IsoDate): string {
  return previousPeriod(periodOf(today));
}

// ---------------------------------------------------------------------------------------------
// The computed figures, as rules over plain facts (the SQL twin counts the same per unit).

export interface Figure {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0 (nothing to share) for a share. */
  value: number | null;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A share in per cent, rounded to `decimals`; null when nothing is counted. */
export function shareFigure(numerator: number, denominator: number, decimals = 1): Figure {
  return {
    numerator,
    denominator,
    value: denominator > 0 ? roundTo((numerator / denominator) * 100, decimals) : null,
  };
}

export function countFigure(count: number): Figure {
  return { numerator: count, denominator: 0, value: count };
}

/** A person as of some date: whether they were staff then. */
export interface StaffFacts {
  startDate: IsoDate | null;
  /** The day they left (deactivated), or null while employed. */
  leftOn: IsoDate | null;
}

/** Staff on a date: started on or before it (unknown start: always), and not yet left. */
export function isStaffOn(person: StaffFacts, date: IsoDate): boolean {
  if (person.startDate !== null && compareIsoDates(person.startDate, date) > 0) return false;
  return person.leftOn === null || compareIsoDates(person.leftOn, date) > 0;
}

/**
 * Coverage as the gap engine rolls it up: Σ (required − gap) / Σ required over the
 * requirements that apply, where gap = max(0, required − holders); so a surplus in one unit
 * never covers a gap in another.
 */
export function coverageFigure(
  requirements: readonly { required: number; holders: number }[],
  decimals = 1,
): Figure {
  let covered = 0;
  let required = 0;
  for (const r of requirements) {
    covered += Math.min(r.required, r.holders);
    required += r.required;
  }
  return shareFigure(covered, required, decimals);
}

/** Turnover: people who left in the rolling year per head count at the period's end. */
export function turnoverFigure(leavers: number, headcount: number, decimals = 1): Figure {
  return shareFigure(leavers, headcount, decimals);
}

/** FTE shares: the FTE of the people counted over all FTE (FTE in hundredths, whole units). */
export function fteShareFigure(
  people: readonly { fte: number; counted: boolean }[],
  decimals = 1,
): Figure {
  let part = 0;
  let all = 0;
  for (const p of people) {
    const units = Math.round(p.fte * 100);
    all += units;
    if (p.counted) part += units;
  }
  return { ...shareFigure(part, all, decimals), numerator: part / 100, denominator: all / 100 };
}

/**
 * The figure of a share for a reader who may not see the people: the rounded counts of the
 * units' own staff added up, and the share computed from those sums. A scope whose rounded
 * staff is 0 has no share.
 */
export function roundedShare(
  atoms: readonly { numerator: number; denominator: number }[],
  decimals = 1,
): Figure {
  let numerator = 0;
  let denominator = 0;
  for (const atom of atoms) {
    numerator += atom.numerator;
    denominator += atom.denominator;
  }
  return shareFigure(numerator, denominator, decimals);
}

// ---------------------------------------------------------------------------------------------
// Input rules (Norwegian messages naming the field and the limit).

export interface EvaluationProblem {
  field: string;
  code: string;
  message: string;
}

export const INDICATOR_NAME_LIMITS = { min: 3, max: 120 } as const;
export const INDICATOR_UNIT_MAX = 20;
export const DECIMALS_MAX = 4;
/** Entered values are kept within this size (numeric(14, 4) in the table). */
export const VALUE_MAX = 9_999_999_999;

export interface IndicatorInput {
  name: string;
  source: IndicatorSource;
  computedKind?: ComputedIndicatorKind | null;
  competenceId?: string | null;
  tag?: string | null;
  kostraCode?: string | null;
  unit: string;
  decimals: number;
  target?: number | null;
}

export function indicatorProblems(input: IndicatorInput): EvaluationProblem[] {
  const problems: EvaluationProblem[] = [];
  const name = input.name.trim();
  if (name.length < INDICATOR_NAME_LIMITS.min || name.length > INDICATOR_NAME_LIMITS.max) {
    problems.push({
      field: 'name',
      code: 'LENGTH',
      message: `Navnet må ha fra ${INDICATOR_NAME_LIMITS.min} til ${INDICATOR_NAME_LIMITS.max} tegn.`,
    });
  }
  if (input.unit.trim().length > INDICATOR_UNIT_MAX) {
    problems.push({
      field: 'unit',
      code: 'LENGTH',
      message: `Enheten kan ha høyst ${INDICATOR_UNIT_MAX} tegn.`,
    });
  }
  if (!Number.isInteger(input.decimals) || input.decimals < 0 || input.decimals > DECIMALS_MAX) {
    problems.push({
      field: 'decimals',
      code: 'OUT_OF_RANGE',
      message: `Antall desimaler må være et helt tall fra 0 til ${DECIMALS_MAX}.`,
    });
  }
  if (input.target !== undefined && input.target !== null) {
    if (!Number.isFinite(input.target) || Math.abs(input.target) > VALUE_MAX) {
      problems.push({
        field: 'target',
        code: 'OUT_OF_RANGE',
        message: 'Målet må være et tall mellom −9 999 999 999 og 9 999 999 999.',
      });
    }
  }
  if (input.source === 'COMPUTED') {
    const spec = input.computedKind ? COMPUTED_KINDS[input.computedKind] : undefined;
    if (!spec) {
      problems.push({
        field: 'computedKind',
        code: 'REQUIRED',
        message: 'Velg hva som skal beregnes.',
      });
    } else if (spec.subject === 'COMPETENCE' && !input.competenceId) {
      problems.push({
        field: 'competenceId',
        code: 'REQUIRED',
        message: 'Velg kompetansen dekningen skal måles for.',
      });
    } else if (spec.subject === 'TAG' && !input.tag?.trim()) {
      problems.push({
        field: 'tag',
        code: 'REQUIRED',
        message: 'Velg satsingsområdet (kompetansemerket) dekningen skal måles for.',
      });
    }
  }
  if (
    input.source === 'KOSTRA' &&
    !/^[A-Za-z0-9_.:-]{1,60}$/.test(input.kostraCode?.trim() ?? '')
  ) {
    problems.push({
      field: 'kostraCode',
      code: 'REQUIRED',
      message: 'Oppgi KOSTRA-koden (1–60 tegn: bokstaver, tall, punktum, bindestrek eller kolon).',
    });
  }
  return problems;
}

/** Decimals a number is written with (0.25 → 2); enough for values typed or read from files. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/**
 * A measurement typed or read from a file: a real number with at most the indicator's decimals
 * (and at most 4), dated a real day that is not after today.
 */
export function measurementProblems(
  input: { value: number; measuredOn: string },
  indicator: { decimals: number },
  today: IsoDate,
): EvaluationProblem[] {
  const problems: EvaluationProblem[] = [];
  if (!Number.isFinite(input.value) || Math.abs(input.value) > VALUE_MAX) {
    problems.push({
      field: 'value',
      code: 'OUT_OF_RANGE',
      message: 'Verdien må være et tall mellom −9 999 999 999 og 9 999 999 999.',
    });
  } else if (decimalsOf(input.value) > indicator.decimals) {
    problems.push({
      field: 'value',
      code: 'TOO_MANY_DECIMALS',
      message:
        indicator.decimals === 0
          ? 'Verdien må være et helt tall for denne indikatoren.'
          : `Verdien kan ha høyst ${indicator.decimals} desimaler for denne indikatoren.`,
    });
  }
  if (!isIsoDate(input.measuredOn)) {
    problems.push({
      field: 'measuredOn',
      code: 'INVALID_DATE',
      message: 'Datoen må være en gyldig dato (dd.mm.åååå).',
    });
  } else if (compareIsoDates(input.measuredOn, today) > 0) {
    problems.push({
      field: 'measuredOn',
      code: 'DATE_IN_FUTURE',
      message: `Målingen kan ikke være datert etter i dag (${formatNorwegianDate(today)}); datoen var ${formatNorwegianDate(input.measuredOn)}.`,
    });
  }
  return problems;
}

/**
 * A baseline is a period of measurements (from–to months, the first not after the last, not
 * in the future) or a fixed value with the date it describes.
 */
export type BaselineInput =
  | { kind: 'PERIOD'; fromPeriod: string; toPeriod: string }
  | { kind: 'VALUE'; value: number; measuredOn: string };

export function baselineProblems(
  input: BaselineInput,
  indicator: { decimals: number },
  today: IsoDate,
): EvaluationProblem[] {
  if (input.kind === 'VALUE') return measurementProblems(input, indicator, today);
  const problems: EvaluationProblem[] = [];
  for (const field of ['fromPeriod', 'toPeriod'] as const) {
    if (!isPeriod(input[field])) {
      problems.push({
        field,
        code: 'INVALID_PERIOD',
        message: 'Perioden må være en måned skrevet som åååå-mm, for eksempel 2025-09.',
      });
    } else if (input[field] > periodOf(today)) {
      problems.push({
        field,
        code: 'DATE_IN_FUTURE',
        message: `Grunnlinjen kan ikke gå lenger enn til denne måneden (${periodOf(today)}).`,
      });
    }
  }
  if (problems.length === 0 && input.fromPeriod > input.toPeriod) {
    problems.push({
      field: 'toPeriod',
      code: 'BEFORE_START',
      message: 'Siste måned i grunnlinjen kan ikke være før første måned.',
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The run chart of a series with its baseline.

export interface SeriesPoint {
  period: string;
  value: number;
}

export interface Baseline {
  kind: 'PERIOD' | 'VALUE';
  fromPeriod: string | null;
  toPeriod: string | null;
  value: number | null;
  measuredOn: string | null;
}

export interface RunChartView {
  points: SeriesPoint[];
  analysis: RunChartAnalysis;
  /** The baseline's own figure: the median of its period, or its value. */
  baselineValue: number | null;
  /** How many of the first points make the baseline period (0 for a value baseline). */
  baselinePoints: number;
  sentences: string[];
}

/**
 * The series in period order, analysed against its baseline: a PERIOD baseline's median is the
 * centre line (points from the first month of the baseline on; earlier points are left out so
 * the baseline is the start of the chart); a VALUE baseline is itself the centre line; without a
 * baseline the median of all points is (the IHI's advice for a chart without one).
 */
export function runChartView(
  series: readonly SeriesPoint[],
  baseline: Baseline | null,
): RunChartView {
  const sorted = [...series].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  let points = sorted;
  let baselinePoints = sorted.length;
  let centre: number | undefined;
  if (baseline?.kind === 'PERIOD' && baseline.fromPeriod && baseline.toPeriod) {
    const from = baseline.fromPeriod;
    const to = baseline.toPeriod;
    points = sorted.filter((p) => p.period >= from);
    baselinePoints = points.filter((p) => p.period <= to).length;
  } else if (baseline?.kind === 'VALUE' && baseline.value !== null) {
    centre = baseline.value;
    baselinePoints = 0;
  }
  const chartPoints: RunChartPoint[] = points.map((p) => ({ period: p.period, value: p.value }));
  const analysis =
    centre === undefined
      ? baselinePoints > 0
        ? analyseRunChart(chartPoints, baselinePoints)
        : analyseRunChart([], 0)
      : analyseRunChart(chartPoints, 0, centre);
  return {
    points,
    analysis,
    baselineValue: centre ?? analysis.median,
    baselinePoints,
    sentences: analysis.signals.map((s) => describeSignal(s, chartPoints)),
  };
}

// ---------------------------------------------------------------------------------------------
// Protection: counts of a unit's own staff, rounded as the gap figures are (random rounding
// of atoms, docs/gap-analysis.md "Privacy: rounded figures").

/** One unit's own staff at a period's end, and those of them the indicator counts. */
export interface UnitCount {
  unitId: string;
  /** People counted (at most `denominator`). */
  numerator: number;
  /** The unit's own staff (0 for a count without a staff base, e.g. certificates). */
  denominator: number;
}

/**
 * Rounds each unit's counts to multiples of k: the staff is the root of an atom tree and the
 * counted people one child of it (the rest the other), rounded with controlled rounding so
 * the rounded parts add up to the rounded staff. A count without a staff base (certificates,
 * completions), or people who are not part of the staff (`nested` false: those who left), is
 * a root of its own. `key` names the indicator and period: the same unit and count in the
 * same figure is rounded the same way in every answer.
 */
export function roundUnitCounts(
  units: readonly UnitCount[],
  key: string,
  k: number,
  draws: Draws,
  nested = true,
): UnitCount[] {
  const root = (rootKey: string, count: number) =>
    roundAtomTree({ key: rootKey, count }, k, draws).get(rootKey)?.rounded ?? 0;
  return units.map((unit) => {
    if (unit.denominator === 0 || !nested) {
      return {
        unitId: unit.unitId,
        numerator: root(`ev|${key}|${unit.unitId}|n`, unit.numerator),
        denominator:
          unit.denominator === 0 ? 0 : root(`ev|${key}|${unit.unitId}|d`, unit.denominator),
      };
    }
    const rootKey = `ev|${key}|${unit.unitId}`;
    const countedKey = `${rootKey}/c`;
    const rounded = roundAtomTree(
      {
        key: rootKey,
        count: unit.denominator,
        partitions: [{ name: 'c', children: [{ key: countedKey, count: unit.numerator }] }],
      },
      k,
      draws,
    );
    return {
      unitId: unit.unitId,
      numerator: rounded.get(countedKey)?.rounded ?? 0,
      denominator: rounded.get(rootKey)?.rounded ?? 0,
    };
  });
}
