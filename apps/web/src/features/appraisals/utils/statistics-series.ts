import type { AppraisalFigure, AppraisalStatistics } from './appraisal-types';

/** One row of a figure table: a name and a number that may be hidden. */
export interface FigureRow {
  key: string;
  label: string;
  figure: AppraisalFigure;
}

/** What a chart draws: the visible values only (a hidden value is never drawn as 0). */
export interface ChartSeries {
  bars: Array<{ key: string; label: string; value: number }>;
  /** Rows left out because their value is hidden; the table lists them with the reason. */
  hiddenCount: number;
  /** Visible rows left out to keep the chart readable (the table has them all). */
  omittedCount: number;
}

export function chartSeries(rows: readonly FigureRow[], limit = 10): ChartSeries {
  const visible = rows
    .filter((row) => !row.figure.suppressed && row.figure.value !== null)
    .map((row) => ({ key: row.key, label: row.label, value: row.figure.value as number }))
    .sort((a, b) => b.value - a.value);
  return {
    bars: visible.slice(0, limit),
    hiddenCount: rows.length - visible.length,
    omittedCount: Math.max(0, visible.length - limit),
  };
}

export function wishRows(statistics: AppraisalStatistics): FigureRow[] {
  return statistics.wishedCompetences.map((item) => ({
    key: item.competenceId,
    label: item.competence.name,
    figure: item.people,
  }));
}

export function teachingRows(statistics: AppraisalStatistics): FigureRow[] {
  return statistics.teachingTopics.map((item) => ({
    key: item.competenceId,
    label: item.competence.name,
    figure: item.people,
  }));
}

/** The ways in the order the API gives them (visible first), named in the user's language. */
export function wayRows(
  statistics: AppraisalStatistics,
  wayName: (way: AppraisalStatistics['preferredWays'][number]['way']) => string,
): FigureRow[] {
  return statistics.preferredWays.map((item) => ({
    key: item.way,
    label: wayName(item.way),
    figure: item.people,
  }));
}

export interface BreakdownRow {
  key: string;
  /** Null for the row of everyone else ("Øvrige"), which the component names. */
  name: string | null;
  employees: AppraisalFigure;
  completed: AppraisalFigure;
  /** Null when hidden or without employees. */
  share: number | null;
}

export function breakdownRows(statistics: AppraisalStatistics): BreakdownRow[] {
  return statistics.breakdown.map((row, index) => ({
    key: row.id ?? `other-${index}`,
    name: row.id ? row.name : null,
    employees: row.employees,
    completed: row.completed,
    share: row.completedShare ?? null,
  }));
}

/** The share per breakdown row as percentages for a chart; hidden shares are left out. */
export function shareSeries(rows: readonly BreakdownRow[], otherLabel: string): ChartSeries {
  const visible = rows.filter((row) => row.share !== null);
  return {
    bars: visible.map((row) => ({
      key: row.key,
      label: row.name ?? otherLabel,
      value: Math.round((row.share as number) * 1000) / 10,
    })),
    hiddenCount: rows.length - visible.length,
    omittedCount: 0,
  };
}

/**
 * A name short enough for one line beside a bar ("Håndtering av utfordrende …");
 * the table under the chart has the full names.
 */
export function shortLabel(label: string, max = 28): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
