// Calendar helpers the demo generator needs beyond @kp/domain's iso-date: month arithmetic for
// certificate validity and random days in a range. Pure and time-zone free, like iso-date.

import { addDays, type IsoDate, type Random, yearOf } from '@kp/domain';

function utcDay(date: IsoDate): number {
  return (
    Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return utcDay(to) - utcDay(from);
}

/** A uniformly chosen day in [from, to], both included; throws when the range is empty. */
export function randomDay(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const span = daysBetween(from, to);
  if (span < 0) throw new RangeError(`empty date range ${from} … ${to}`);
  return addDays(from, random.int(0, span));
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
