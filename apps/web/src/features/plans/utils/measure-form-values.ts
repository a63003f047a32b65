import { measureProblems as measureRules, parseNorwegianDecimal } from '@kp/domain';
import type { CreateMeasureInput, UpdateMeasureInput } from '@web/gql/graphql';
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
  topic: string;
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

/** A problem the form finds itself: a message key and what it names (the row, the municipality). */
export interface MeasureProblem {
  key: `plans.measureForm.errors.${string}`;
  params?: Record<string, string | number>;
}

export type MeasureProblems = Partial<Record<MeasureField, MeasureProblem>>;

/** A whole number of places or people; null when it is not one. */
export function wholeNumber(text: string): number | null {
  const value = parseNorwegianDecimal(text);
  return value !== null && Number.isInteger(value) ? value : null;
}

/**
 * What keeps the values from being read at all: a missing title, owner or date, a number
 * that is not one, places that are not whole, an unfinished target row. Rows are named
 * ("Mål 2", "Gjøvik"). The rules about the values themselves are the domain's
 * (`measureRules`), the same the API applies.
 */
export function unreadableValues(
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

  const places = wholeNumber(values.places);
  if (!values.places.trim()) error('places', 'placesRequired');
  else if (places === null || places < 0) error('places', 'placesNotWhole');

  if (values.hours.trim()) {
    const hours = parseNorwegianDecimal(values.hours);
    if (hours === null) error('hours', 'hoursNotANumber');
    else if (hours < 0) error('hours', 'hoursNegative');
  }

  for (const source of FUNDING_SOURCES) {
    const text = values.funding[source].trim();
    if (text && parseNorwegianDecimal(text) === null) {
      error(fundingField(source), 'amountNotANumber');
    }
  }

  values.targets.forEach((target, index) => {
    if (!target.competenceId || target.level === '') {
      error('targets', 'targetIncomplete', { row: index + 1 });
    }
  });

  for (const share of values.shares) {
    const value = wholeNumber(share.places);
    if (share.places.trim() && (value === null || value < 0)) {
      error('shares', 'shareNotWhole', { municipality: municipalityName(share.municipalityId) });
    }
  }
  return problems;
}

/** The funding lines as sent: the sources with an amount, in the page's order. */
export function fundingLines(
  values: MeasureFormValues,
): Array<{ source: FundingSource; amount: number }> {
  return FUNDING_SOURCES.filter((source) => values.funding[source].trim()).map((source) => ({
    source,
    amount: parseNorwegianDecimal(values.funding[source]) ?? Number.NaN,
  }));
}

/** The shares as sent: the municipalities given places (an empty field is none). */
export function shareLines(
  values: MeasureFormValues,
): Array<{ municipalityId: string; places: number }> {
  return values.shares
    .filter((share) => share.places.trim())
    .map((share) => ({
      municipalityId: share.municipalityId,
      places: wholeNumber(share.places) ?? Number.NaN,
    }));
}

/**
 * The domain's rules on readable values (an end before the start, a negative amount, shares
 * over the places, a competence twice), as messages on the form's fields.
 */
export function ruleProblems(values: MeasureFormValues): Partial<Record<MeasureField, string[]>> {
  const funding = fundingLines(values);
  const problems = measureRules({
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    places: wholeNumber(values.places) ?? 0,
    // an unreadable number is the field's own problem (above), not a rule's
    hours: values.hours.trim() ? (parseNorwegianDecimal(values.hours) ?? 0) : 0,
    funding,
    shares: shareLines(values),
    targets: values.targets.map((target) => ({ competenceId: target.competenceId })),
  });
  const fields: Partial<Record<MeasureField, string[]>> = {};
  for (const problem of problems) {
    const field = formFieldOf(problem.field, funding);
    if (!field) continue;
    (fields[field] ??= []).push(problem.message);
  }
  return fields;
}

/**
 * The form field an input path names, as the API and the domain write them: a funding line
 * by its index in what was sent (`funding.1.amount`), a row of a list as the list.
 */
export function formFieldOf(
  path: string,
  funding: ReadonlyArray<{ source: FundingSource }>,
): MeasureField | null {
  const [head, index] = path.replace(/^input\./, '').split('.');
  if (head === 'funding') {
    const line = index === undefined ? undefined : funding[Number(index)];
    return line ? fundingField(line.source) : 'funding';
  }
  return (MEASURE_FORM_FIELDS as readonly string[]).includes(head) ? (head as MeasureField) : null;
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

interface StoredTarget {
  competenceId: string;
  level: number;
  requirementId?: string | null;
}

/** A measure as stored (or drafted by the API), as far as the form shows it. */
interface StoredMeasure {
  title: string;
  description: string;
  strategy: Strategy;
  kind: MeasureKind;
  provider: Provider;
  providerName?: string;
  targetGroup: string;
  owner?: string | null;
  places: number;
  hours?: number;
  startsOn: string;
  endsOn: string;
  awardsCertificate: boolean;
  lendingUnitId?: string | null;
  funding?: ReadonlyArray<{ source: FundingSource; amount: number }>;
  targets: readonly StoredTarget[];
  shares?: ReadonlyArray<{ municipalityId: string; places: number }>;
  teachers?: ReadonlyArray<{
    employeeId?: string | null;
    competenceId: string;
    name?: string | null;
    municipality: { name: string };
    competence: { name: string };
  }>;
}

/**
 * The form's values for a stored measure or an API draft. A regional measure lists every
 * municipality of the region for its shares (`municipalityIds`), with the stored places.
 */
export function storedMeasureValues(
  measure: StoredMeasure,
  municipalityIds: readonly string[] = [],
): MeasureFormValues {
  const funding = { OWN_BUDGET: '', COMPETENCE_GRANT: '', OTHER: '' };
  for (const line of measure.funding ?? []) funding[line.source] = numberText(line.amount, true);
  const stored = new Map((measure.shares ?? []).map((share) => [share.municipalityId, share]));
  const shareIds = [
    ...municipalityIds,
    ...[...stored.keys()].filter((id) => !municipalityIds.includes(id)),
  ];
  return {
    title: measure.title,
    description: measure.description,
    strategy: measure.strategy,
    kind: measure.kind,
    provider: measure.provider,
    providerName: measure.providerName ?? '',
    targetGroup: measure.targetGroup,
    owner: measure.owner ?? '',
    places: String(measure.places),
    hours: numberText(measure.hours ?? 0, true),
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    awardsCertificate: measure.awardsCertificate,
    lendingUnitId: measure.lendingUnitId ?? '',
    funding,
    targets: measure.targets.map((target) => ({
      competenceId: target.competenceId,
      level: String(target.level),
      requirementId: target.requirementId ?? null,
    })),
    shares: shareIds.map((municipalityId) => {
      const share = stored.get(municipalityId);
      return { municipalityId, places: share && share.places > 0 ? String(share.places) : '' };
    }),
    teachers: (measure.teachers ?? [])
      .filter((teacher) => teacher.employeeId)
      .map((teacher) => ({
        employeeId: teacher.employeeId as string,
        competenceId: teacher.competenceId,
        name: teacher.name ?? '',
        municipalityName: teacher.municipality.name,
        topic: teacher.competence.name,
      })),
  };
}

/** What create and update both send: every field, the lists whole. */
function measureInput(values: MeasureFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    strategy: values.strategy,
    kind: values.kind,
    provider: values.provider,
    providerName: values.providerName.trim(),
    targetGroup: values.targetGroup.trim(),
    owner: values.owner.trim(),
    places: wholeNumber(values.places) ?? Number.NaN,
    hours: values.hours.trim() ? (parseNorwegianDecimal(values.hours) ?? Number.NaN) : 0,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    awardsCertificate: values.awardsCertificate,
    funding: fundingLines(values),
    targets: values.targets.map((target) => ({
      competenceId: target.competenceId,
      level: Number(target.level),
      requirementId: target.requirementId,
    })),
    shares: shareLines(values),
    teachers: values.teachers.map((teacher) => ({
      employeeId: teacher.employeeId,
      competenceId: teacher.competenceId,
    })),
  };
}

export function toCreateMeasureInput(
  planId: string,
  values: MeasureFormValues,
): CreateMeasureInput {
  return {
    planId,
    ...measureInput(values),
    lendingUnitId: values.lendingUnitId || null,
  };
}

/** Every field is sent, so what the form shows is what is stored; a removed lending unit is cleared. */
export function toUpdateMeasureInput(
  id: string,
  version: number,
  values: MeasureFormValues,
): UpdateMeasureInput {
  return {
    id,
    version,
    ...measureInput(values),
    lendingUnitId: values.lendingUnitId || null,
    clearLendingUnit: !values.lendingUnitId,
  };
}
