import { MEASURE_STATUSES, STRATEGIES, type MeasureStatus, type Strategy } from './plan-vocabulary';

/** How many measures have each status, every status listed. */
export function statusCounts(
  measures: ReadonlyArray<{ status: MeasureStatus }>,
): Array<{ status: MeasureStatus; count: number }> {
  return MEASURE_STATUSES.map((status) => ({
    status,
    count: measures.filter((measure) => measure.status === status).length,
  }));
}

/** Lai's four strategies in their order, each with its measures (earliest start first). */
export function groupByStrategy<M extends { strategy: Strategy; startsOn: string; title: string }>(
  measures: readonly M[],
): Array<{ strategy: Strategy; measures: M[] }> {
  return STRATEGIES.map((strategy) => ({
    strategy,
    measures: measures
      .filter((measure) => measure.strategy === strategy)
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title, 'nb')),
  }));
}
