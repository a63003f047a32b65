import { visibleValue, type FigureLike } from './figure';

/** A series of the retirement wave as the API gives it. */
export interface RetirementSource {
  key: string;
  competence: { name: string } | null;
  minLevel: number | null;
  professionCode: string | null;
  professionName: string | null;
  current: FigureLike;
  leaving: ReadonlyArray<{ year: number; headcount: FigureLike }>;
  leavingTotal: FigureLike;
}

export type RetirementKind = 'competence' | 'profession';

export interface RetirementLine {
  key: string;
  kind: RetirementKind;
  /** The competence's name, or the profession's (with its code when SSB has no name). */
  name: string;
  /** Holders count from this level (competences only). */
  minLevel: number | null;
  professionCode: string | null;
  current: FigureLike;
  /** One per year, in the order of the wave's years. */
  years: FigureLike[];
  total: FigureLike;
}

/** Critical competences first (in the API's order), then professions by code. */
export function retirementLines(wave: {
  years: readonly number[];
  competences: readonly RetirementSource[];
  professions: readonly RetirementSource[];
}): RetirementLine[] {
  const line = (source: RetirementSource, kind: RetirementKind): RetirementLine => ({
    key: `${kind}:${source.key}`,
    kind,
    name:
      kind === 'competence'
        ? (source.competence?.name ?? source.key)
        : (source.professionName ?? source.professionCode ?? source.key),
    minLevel: kind === 'competence' ? source.minLevel : null,
    professionCode: source.professionCode,
    current: source.current,
    years: wave.years.map(
      (year) =>
        source.leaving.find((entry) => entry.year === year)?.headcount ?? {
          value: 0,
          suppressed: false,
          reason: null,
        },
    ),
    total: source.leavingTotal,
  });
  return [
    ...wave.competences.map((source) => line(source, 'competence')),
    ...wave.professions.map((source) => line(source, 'profession')),
  ];
}

export interface RetirementDatum {
  year: string;
  /** Leaving that year; 0 when hidden (the bar is then labelled, not drawn). */
  leaving: number;
  hidden: boolean;
  reason: string | null;
}

/** One bar per year for a series; hidden years are marked so the chart labels them. */
export function retirementChartData(
  line: RetirementLine,
  years: readonly number[],
): RetirementDatum[] {
  return years.map((year, index) => {
    const figure = line.years[index];
    const value = visibleValue(figure);
    return {
      year: String(year),
      leaving: value ?? 0,
      hidden: !!figure?.suppressed,
      reason: figure?.suppressed ? (figure.reason ?? null) : null,
    };
  });
}
