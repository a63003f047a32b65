import { addYears, type IsoDate } from '@kp/domain';
import { Horizon } from './requirement.enums';

export { todayInNorway } from '../common/calendar';

const YEARS: Record<Horizon, number> = {
  [Horizon.NOW]: 0,
  [Horizon.ONE_YEAR]: 1,
  [Horizon.THREE_YEARS]: 3,
};

export type HorizonDates = Record<Horizon, IsoDate>;

/** The dates the gap analysis is evaluated at: today, today + 1 year, today + 3 years. */
export function horizonDates(today: IsoDate): HorizonDates {
  return {
    [Horizon.NOW]: today,
    [Horizon.ONE_YEAR]: addYears(today, YEARS[Horizon.ONE_YEAR]),
    [Horizon.THREE_YEARS]: addYears(today, YEARS[Horizon.THREE_YEARS]),
  };
}

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
