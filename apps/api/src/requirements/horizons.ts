import type { GapHorizonDates, IsoDate } from '@kp/domain';
import type { Horizon } from './requirement.enums';

// The horizon dates and "today" are domain rules (@kp/domain); requirements, gaps and the demo
// seed import them from here with the API's name for the dates.
export { horizonDates, todayInNorway } from '@kp/domain';

/** The dates the gap analysis is evaluated at: today, today + 1 year, today + 3 years. */
export type HorizonDates = GapHorizonDates;

/**
 * A requirement's own date: its target date when it has one, otherwise its horizon's date. It
 * applies at every evaluated horizon on or after this date (docs/gap-analysis.md).
 */
export function requirementDate(
  requirement: { horizon: Horizon; targetDate: IsoDate | null },
  dates: HorizonDates,
): IsoDate {
  return requirement.targetDate ?? dates[requirement.horizon];
}
