// Plans run per half-year (halvår): 1 January – 30 June and 1 July – 31 December.

import { isoDateFromParts, type IsoDate, yearOf } from '../iso-date';

export type Half = 1 | 2;

export interface HalfYear {
  year: number;
  half: Half;
}

/** The half-year a date falls in. */
export function halfYearOf(date: IsoDate): HalfYear {
  const month = Number(date.slice(5, 7));
  return { year: yearOf(date), half: month <= 6 ? 1 : 2 };
}

/** The first and last day of a half-year. */
export function halfYearDates(period: HalfYear): { startsOn: IsoDate; endsOn: IsoDate } {
  return period.half === 1
    ? {
        startsOn: isoDateFromParts(period.year, 1, 1),
        endsOn: isoDateFromParts(period.year, 6, 30),
      }
    : {
        startsOn: isoDateFromParts(period.year, 7, 1),
        endsOn: isoDateFromParts(period.year, 12, 31),
      };
}

/** «1. halvår 2026». */
export function halfYearLabel(period: HalfYear): string {
  return `${period.half}. halvår ${period.year}`;
}

/** The half-year after this one. */
export function nextHalfYear(period: HalfYear): HalfYear {
  return period.half === 1 ? { year: period.year, half: 2 } : { year: period.year + 1, half: 1 };
}
