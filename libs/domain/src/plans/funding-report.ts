import type { IsoDate } from '../iso-date';

// The funding report (docs/participation.md, "Funding report"): what the measures of a period
// cost and reached, per funding source, for a municipality or the whole region. Pure sums of
// what the API read; rounding of people counts for readers who may not see them is applied to
// each measure's line before these sums, so totals always add up to the lines shown.

export type ReportFundingSource = 'OWN_BUDGET' | 'COMPETENCE_GRANT' | 'OTHER';

export const REPORT_FUNDING_SOURCES: readonly ReportFundingSource[] = [
  'OWN_BUDGET',
  'COMPETENCE_GRANT',
  'OTHER',
];

/** One measure as read for the report. */
export interface FundingMeasure {
  /** null: a regional measure. */
  municipalityId: string | null;
  places: number;
  /** Hours one participant spends. */
  hours: number;
  funding: ReadonlyArray<{ source: ReportFundingSource; amount: number }>;
  /** Participants holding a place (signed up, completed, not completed) in the whole measure. */
  participantsAll: number;
  /** Of those, the report's municipality's (all of them for the region). */
  participants: number;
  /** Of those, the ones who completed. */
  completed: number;
  /** A regional measure's places given to the report's municipality. */
  share: number | null;
}

/**
 * The part of a measure the report counts: the whole measure for the region or for the
 * municipality that owns it; for a regional measure in a municipality's report, the
 * municipality's part of the participants (or, before anyone signed up, of the places).
 */
export function attributedShare(measure: FundingMeasure, municipalityId: string | null): number {
  if (municipalityId === null || measure.municipalityId !== null) return 1;
  if (measure.participantsAll > 0) return measure.participants / measure.participantsAll;
  return measure.places > 0 ? Math.min(1, (measure.share ?? 0) / measure.places) : 0;
}

export interface FundingLine {
  /** 0–1: how much of the measure's cost the report counts. */
  attributed: number;
  participants: number;
  completed: number;
  participantHours: number;
  cost: number;
  funding: Record<ReportFundingSource, number>;
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** A measure's line: its people (as the reader may see them) and its attributed cost. */
export function fundingLine(
  measure: FundingMeasure,
  municipalityId: string | null,
  people: { participants: number; completed: number } = measure,
): FundingLine {
  const attributed = attributedShare(measure, municipalityId);
  const funding = { OWN_BUDGET: 0, COMPETENCE_GRANT: 0, OTHER: 0 };
  for (const row of measure.funding) funding[row.source] += cents(row.amount * attributed);
  return {
    attributed,
    participants: people.participants,
    completed: people.completed,
    participantHours: cents(people.participants * measure.hours),
    cost: cents(funding.OWN_BUDGET + funding.COMPETENCE_GRANT + funding.OTHER),
    funding,
  };
}

export interface FundingSourceSum {
  source: ReportFundingSource;
  /** Measures this source paid for (an amount above 0 in the report's part). */
  measures: number;
  participants: number;
  participantHours: number;
  cost: number;
}

export interface FundingTotals {
  measures: number;
  participants: number;
  completed: number;
  participantHours: number;
  cost: number;
}

/**
 * Sums per funding source and in total. A measure paid from two sources is counted, with its
 * participants and hours, under both; the totals count it once, and the sources' costs add
 * up to the total cost.
 */
export function fundingSums(lines: readonly FundingLine[]): {
  sources: FundingSourceSum[];
  totals: FundingTotals;
} {
  const sources = REPORT_FUNDING_SOURCES.map((source) => {
    const paid = lines.filter((line) => line.funding[source] > 0);
    return {
      source,
      measures: paid.length,
      participants: paid.reduce((sum, line) => sum + line.participants, 0),
      participantHours: cents(paid.reduce((sum, line) => sum + line.participantHours, 0)),
      cost: cents(paid.reduce((sum, line) => sum + line.funding[source], 0)),
    };
  });
  return {
    sources,
    totals: {
      measures: lines.length,
      participants: lines.reduce((sum, line) => sum + line.participants, 0),
      completed: lines.reduce((sum, line) => sum + line.completed, 0),
      participantHours: cents(lines.reduce((sum, line) => sum + line.participantHours, 0)),
      cost: cents(lines.reduce((sum, line) => sum + line.cost, 0)),
    },
  };
}

/** The period of a report: from/to dates or a half-year, checked. */
export function reportPeriod(input: {
  from?: IsoDate | null;
  to?: IsoDate | null;
  year?: number | null;
  half?: number | null;
}):
  | { from: IsoDate; to: IsoDate; problems: [] }
  | { problems: Array<{ field: string; code: string; message: string }> } {
  const dates = Boolean(input.from || input.to);
  const halfYear = input.year != null || input.half != null;
  if (dates === halfYear) {
    return {
      problems: [
        {
          field: 'from',
          code: 'PERIOD_REQUIRED',
          message: 'Velg enten fra- og til-dato eller et halvår',
        },
      ],
    };
  }
  if (halfYear) {
    if (input.year == null || input.half == null) {
      return {
        problems: [
          {
            field: input.year == null ? 'year' : 'half',
            code: 'REQUIRED',
            message: 'Et halvår trenger både år og halvår (1 eller 2)',
          },
        ],
      };
    }
    const year = String(input.year).padStart(4, '0');
    return input.half === 1
      ? { from: `${year}-01-01`, to: `${year}-06-30`, problems: [] }
      : { from: `${year}-07-01`, to: `${year}-12-31`, problems: [] };
  }
  if (!input.from || !input.to) {
    return {
      problems: [
        {
          field: input.from ? 'to' : 'from',
          code: 'REQUIRED',
          message: `${input.from ? 'Til dato' : 'Fra dato'} må fylles ut`,
        },
      ],
    };
  }
  if (input.to < input.from) {
    return {
      problems: [
        { field: 'to', code: 'BEFORE_FROM', message: 'Til dato kan ikke være før fra dato' },
      ],
    };
  }
  return { from: input.from, to: input.to, problems: [] };
}
