import type { MeasureFormValues } from './measure-form-values';
import { FUNDING_SOURCES } from './plan-vocabulary';

/** How the comparison writes values it cannot show as typed (enum names, ids, dates). */
export interface CompareWords {
  strategy: (value: MeasureFormValues['strategy']) => string;
  kind: (value: MeasureFormValues['kind']) => string;
  provider: (value: MeasureFormValues['provider']) => string;
  fundingSource: (value: (typeof FUNDING_SOURCES)[number]) => string;
  date: (value: string) => string;
  yesNo: (value: boolean) => string;
  municipality: (id: string) => string;
  competence: (id: string) => string;
  /** An empty value ("–"). */
  none: string;
}

export interface CompareRow {
  /** The row's label key under `plans.measureForm` (`title`, `fundingFor` …). */
  field: string;
  /** Extra words for the label (the funding source). */
  params?: Record<string, string>;
  mine: string;
  theirs: string;
  differs: boolean;
}

/**
 * Two versions of a measure side by side, field by field, as a person reads them: what this
 * visit typed ("mine") and what someone else saved meanwhile ("theirs"). Rows that differ
 * are marked, so after a conflict nobody has to hunt for the change.
 */
export function compareMeasureValues(
  mine: MeasureFormValues,
  theirs: MeasureFormValues,
  words: CompareWords,
): CompareRow[] {
  const text = (value: string) => value.trim() || words.none;
  const fields: Array<[string, (values: MeasureFormValues) => string, Record<string, string>?]> = [
    ['title', (v) => text(v.title)],
    ['strategy', (v) => words.strategy(v.strategy)],
    ['kind', (v) => words.kind(v.kind)],
    ['provider', (v) => words.provider(v.provider)],
    ['providerName', (v) => text(v.providerName)],
    ['targetGroup', (v) => text(v.targetGroup)],
    ['owner', (v) => text(v.owner)],
    ['startsOn', (v) => (v.startsOn ? words.date(v.startsOn) : words.none)],
    ['endsOn', (v) => (v.endsOn ? words.date(v.endsOn) : words.none)],
    ['places', (v) => text(v.places)],
    ['hours', (v) => text(v.hours)],
    ['awardsCertificate', (v) => words.yesNo(v.awardsCertificate)],
    ...FUNDING_SOURCES.map(
      (source) =>
        [
          'amountFor',
          (v: MeasureFormValues) => text(v.funding[source]),
          { source: words.fundingSource(source) },
        ] as [string, (values: MeasureFormValues) => string, Record<string, string>],
    ),
    [
      'targets',
      (v) =>
        v.targets
          .map((target) => `${words.competence(target.competenceId)} (${target.level})`)
          .join('; ') || words.none,
    ],
    [
      'shares',
      (v) =>
        v.shares
          .filter((share) => share.places.trim())
          .map((share) => `${words.municipality(share.municipalityId)}: ${share.places.trim()}`)
          .join('; ') || words.none,
    ],
    ['teachers', (v) => v.teachers.map((teacher) => teacher.name).join('; ') || words.none],
    ['description', (v) => text(v.description)],
  ];
  return fields.map(([field, show, params]) => {
    const a = show(mine);
    const b = show(theirs);
    return { field, params, mine: a, theirs: b, differs: a !== b };
  });
}
