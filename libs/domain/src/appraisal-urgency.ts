// Which outstanding appraisals are urgent. Marking every outstanding talk "urgent" once the
// deadline nears says nothing; the urgency here follows the cycle's deadline and how many
// remain: to finish in time a leader must hold about `remaining ÷ weeks left` talks a week,
// and those are the urgent ones this week — drafts already begun first (finish what is
// started), then those who have waited longest since their last signed talk (never first).
// After the deadline every outstanding talk is overdue.

import { addDays, compareIsoDates, type IsoDate } from './iso-date';

export type AppraisalUrgency = 'OVERDUE' | 'THIS_WEEK' | 'LATER';

export interface OutstandingAppraisal {
  employeeId: string;
  /** A draft is begun. */
  started: boolean;
  /** When the person's last signed talk was held; null when they have had none. */
  lastTalkOn: IsoDate | null;
}

export interface AppraisalPace {
  /** Talks a week needed to finish by the deadline (0 when none remain or it has passed). */
  perWeek: number;
  weeksLeft: number;
  /** Outstanding talks in the order to hold them, each with its urgency. */
  order: Array<{ employeeId: string; urgency: AppraisalUrgency }>;
}

function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `outstanding` in its display order (e.g. by name); ties keep that order. */
export function appraisalPace(
  outstanding: readonly OutstandingAppraisal[],
  closesOn: IsoDate,
  today: IsoDate,
): AppraisalPace {
  const ordered = outstanding
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(b.item.started) - Number(a.item.started) ||
        compareLastTalk(a.item.lastTalkOn, b.item.lastTalkOn) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
  if (compareIsoDates(today, closesOn) > 0) {
    return {
      perWeek: 0,
      weeksLeft: 0,
      order: ordered.map((item) => ({ employeeId: item.employeeId, urgency: 'OVERDUE' })),
    };
  }
  // the closing day counts: a cycle closing today has one (short) week left
  const weeksLeft = Math.max(1, Math.ceil(daysFrom(today, addDays(closesOn, 1)) / 7));
  const perWeek = Math.ceil(ordered.length / weeksLeft);
  return {
    perWeek,
    weeksLeft,
    order: ordered.map((item, index) => ({
      employeeId: item.employeeId,
      urgency: index < perWeek ? 'THIS_WEEK' : 'LATER',
    })),
  };
}

/** Never had a talk before any date; an older talk before a newer one. */
function compareLastTalk(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareIsoDates(a, b);
}
