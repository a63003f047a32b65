import { addDays, type IsoDate } from '@kp/domain';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface TimelineBar {
  /** Where the bar starts and how wide it is, as shares (0–1) of the period. */
  offset: number;
  width: number;
  /** The measure began before the period, or goes on after it (the bar is cut there). */
  startsBefore: boolean;
  endsAfter: boolean;
  /** The measure lies wholly outside the period (no bar is drawn). */
  outside: boolean;
}

/**
 * A measure's bar on the period's timeline. Both ends are whole days included, so a one-day
 * measure still has a width; a measure reaching past the period is cut at its edge.
 */
export function timelineBar(
  period: { start: IsoDate; end: IsoDate },
  measure: { startsOn: IsoDate; endsOn: IsoDate },
): TimelineBar {
  const length = daysBetween(period.start, period.end) + 1;
  const startsBefore = measure.startsOn < period.start;
  const endsAfter = measure.endsOn > period.end;
  const outside = measure.endsOn < period.start || measure.startsOn > period.end;
  if (outside) return { offset: 0, width: 0, startsBefore, endsAfter, outside };
  const first = startsBefore ? period.start : measure.startsOn;
  const last = endsAfter ? period.end : measure.endsOn;
  return {
    offset: daysBetween(period.start, first) / length,
    width: (daysBetween(first, last) + 1) / length,
    startsBefore,
    endsAfter,
    outside,
  };
}

export interface TimelineMonth {
  /** The month's first day. */
  first: IsoDate;
  offset: number;
  width: number;
}

/** The months of the period as shares of it, for the scale above the bars. */
export function timelineMonths(period: { start: IsoDate; end: IsoDate }): TimelineMonth[] {
  const length = daysBetween(period.start, period.end) + 1;
  const months: TimelineMonth[] = [];
  let first = period.start;
  while (first <= period.end) {
    const year = Number(first.slice(0, 4));
    const month = Number(first.slice(5, 7));
    const next =
      month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const last = next > period.end ? period.end : addDays(next, -1);
    months.push({
      first,
      offset: daysBetween(period.start, first) / length,
      width: (daysBetween(first, last) + 1) / length,
    });
    first = next;
  }
  return months;
}
