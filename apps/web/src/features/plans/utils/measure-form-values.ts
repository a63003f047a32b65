import { parseNorwegianDecimal } from '@kp/domain';
import {
  FUNDING_SOURCES,
  type FundingSource,
  type MeasureKind,
  type Provider,
  type Strategy,
} from './plan-vocabulary';

/** One competence × level the measure develops (a gap row when made from one). */
export interface TargetLine {
  competenceId: string;
  /** The level as the select holds it ('' until chosen). */
  level: string;
  requirementId: string | null;
}

/** A regional measure's places for one municipality. */
export interface ShareLine {
  municipalityId: string;
  places: string;
}

/** Someone from the teaching directory who teaches in the measure. */
export interface TeacherLine {
  employeeId: string;
  competenceId: string;
  /** For the list only; not sent. */
  name: string;
  municipalityName: string;
}

/** The measure editor's values: numbers as the user typed them (Norwegian decimals). */
export interface MeasureFormValues {
  title: string;
  description: string;
  strategy: Strategy;
  kind: MeasureKind;
  provider: Provider;
  providerName: string;
  targetGroup: string;
  owner: string;
  places: string;
  hours: string;
  startsOn: string;
  endsOn: string;
  awardsCertificate: boolean;
  /** A mobilisation measure's lending unit ('' for none). */
  lendingUnitId: string;
  /** Kroner per funding source ('' for none). */
  funding: Record<FundingSource, string>;
  targets: TargetLine[];
  shares: ShareLine[];
  teachers: TeacherLine[];
}

/** The fields that carry errors, in the form's order (focus goes to the first). */
export const MEASURE_FORM_FIELDS = [
  'title',
  'strategy',
  'kind',
  'provider',
  'providerName',
  'targetGroup',
  'owner',
  'startsOn',
  'endsOn',
  'places',
  'hours',
  'fundingOWN_BUDGET',
  'fundingCOMPETENCE_GRANT',
  'fundingOTHER',
  'funding',
  'targets',
  'shares',
  'teachers',
  'description',
] as const;
export type MeasureField = (typeof MEASURE_FORM_FIELDS)[number];

export function fundingField(source: FundingSource): MeasureField {
  return `funding${source}`;
}

/** A client-side problem: a message key and what it names (the row, the limit). */
export interface MeasureProblem {
  key: `plans.measureForm.errors.${string}`;
  params?: Record<string, string | number>;
}

export type MeasureProblems = Partial<Record<MeasureField, MeasureProblem>>;

/** A whole number of places or people, at least 0; null when it is not one. */
export function wholeNumber(text: string): number | null {
  const value = parseNorwegianDecimal(text);
  return value !== null && Number.isInteger(value) ? value : null;
}

/**
 * What is wrong before anything is sent: missing title, owner or dates, an end before the
 * start, places or shares that are not whole numbers, a negative or unreadable amount, shares
 * that add up to more places than the measure has, an unfinished or repeated target. The API
 * checks the same and more (scope, the region's competences); this saves a round trip and
 * names the field. Row problems name the row ("Mål 2", "Gjøvik").
 */
export function measureProblems(
  values: MeasureFormValues,
  municipalityName: (id: string) => string = (id) => id,
): MeasureProblems {
  const problems: MeasureProblems = {};
  const error = (field: MeasureField, key: string, params?: MeasureProblem['params']) => {
    problems[field] ??= { key: `plans.measureForm.errors.${key}`, params };
  };

  if (!values.title.trim()) error('title', 'titleRequired');
  if (!values.owner.trim()) error('owner', 'ownerRequired');
  if (!values.startsOn) error('startsOn', 'startRequired');
  if (!values.endsOn) error('endsOn', 'endRequired');
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    error('endsOn', 'endBeforeStart');
  }

  const places = values.places.trim() ? wholeNumber(values.places) : 0;
  if (places === null) error('places', 'placesNotWhole');
  else if (places < 0) error('places', 'placesNegative');

  if (values.hours.trim()) {
    const hours = parseNorwegianDecimal(values.hours);
    if (hours === null) error('hours', 'hoursNotANumber');
    else if (hours < 0) error('hours', 'hoursNegative');
  }

  for (const source of FUNDING_SOURCES) {
    const text = values.funding[source].trim();
    if (!text) continue;
    const amount = parseNorwegianDecimal(text);
    if (amount === null) error(fundingField(source), 'amountNotANumber');
    else if (amount < 0) error(fundingField(source), 'amountNegative');
    else if (Math.round(amount * 100) !== amount * 100) error(fundingField(source), 'amountOre');
  }

  const seen = new Set<string>();
  values.targets.forEach((target, index) => {
    if (!target.competenceId || target.level === '') {
      error('targets', 'targetIncomplete', { row: index + 1 });
    } else if (seen.has(target.competenceId)) {
      error('targets', 'targetTwice', { row: index + 1 });
    }
    seen.add(target.competenceId);
  });

  let shared = 0;
  for (const share of values.shares) {
    if (!share.places.trim()) continue;
    const value = wholeNumber(share.places);
    if (value === null || value < 0) {
      error('shares', 'shareNotWhole', { municipality: municipalityName(share.municipalityId) });
      continue;
    }
    shared += value;
  }
  if (places !== null && places >= 0 && shared > places && !problems.shares) {
    error('shares', 'sharesOverPlaces', { shared, places });
  }
  return problems;
}

/** Where a new measure starts: an empty one, unless a draft (from a gap row …) fills it. */
export function blankMeasureValues(defaults: {
  startsOn: string;
  endsOn: string;
  municipalityIds?: readonly string[];
}): MeasureFormValues {
  return {
    title: '',
    description: '',
    strategy: 'DEVELOP',
    kind: 'COURSE',
    provider: 'OWN_STAFF',
    providerName: '',
    targetGroup: '',
    owner: '',
    places: '',
    hours: '',
    startsOn: defaults.startsOn,
    endsOn: defaults.endsOn,
    awardsCertificate: false,
    lendingUnitId: '',
    funding: { OWN_BUDGET: '', COMPETENCE_GRANT: '', OTHER: '' },
    targets: [],
    shares: (defaults.municipalityIds ?? []).map((municipalityId) => ({
      municipalityId,
      places: '',
    })),
    teachers: [],
  };
}

/** A number for a text field, the Norwegian way (`2,5`); '' for 0 where 0 means "none". */
export function numberText(value: number, emptyForZero = false): string {
  if (emptyForZero && value === 0) return '';
  return String(value).replace('.', ',');
}

/** The amount of a funding source as sent: 0 when left empty. */
export function amountOf(text: string): number {
  return text.trim() ? (parseNorwegianDecimal(text) ?? Number.NaN) : 0;
}
