import type { AppraisalProgressRow } from './appraisal-types';

/** How the deadline reads: opens in n days, n days left, last day today, closed n days ago. */
export type DeadlineFact =
  | { kind: 'opensIn'; days: number }
  | { kind: 'closesIn'; days: number }
  | { kind: 'closesToday' }
  | { kind: 'closedAgo'; days: number };

export interface ProgressFacts {
  /** Employees without a signed-off talk: drafts and not started. */
  remaining: number;
  /** completed / employees, null without employees. */
  share: number | null;
  deadline: DeadlineFact;
  /** Talks are outstanding and the deadline is near or past (the API's rule). */
  overdue: boolean;
  /** Talks to hold this week to finish in time, or overdue ones (the API's urgency). */
  urgentCount: number;
}

function daysBetween(from: string, to: string): number {
  const start = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const end = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((end - start) / 86_400_000);
}

/** The figures and the deadline of one progress row, as the page words them. */
export function progressFacts(row: AppraisalProgressRow, today: string): ProgressFacts {
  const { cycle } = row;
  let deadline: DeadlineFact;
  if (cycle.status === 'UPCOMING') {
    deadline = { kind: 'opensIn', days: Math.max(0, daysBetween(today, cycle.opensOn)) };
  } else if (row.daysUntilClose > 0) {
    deadline = { kind: 'closesIn', days: row.daysUntilClose };
  } else if (row.daysUntilClose === 0) {
    deadline = { kind: 'closesToday' };
  } else {
    deadline = { kind: 'closedAgo', days: -row.daysUntilClose };
  }
  return {
    remaining: row.draftCount + row.notStartedCount,
    share: row.completedShare ?? null,
    deadline,
    overdue: row.overdue,
    urgentCount: row.pending.filter((entry) => entry.urgency !== 'LATER').length,
  };
}
