// Realkompetanse (Lai): formal plus informal competence. From an employee's append-only
// assessment history and formal qualifications, this works out, as of a given date, what
// level counts for each competence, from which source, and until when.

import type { GapHolding } from './gap-analysis';
import { assertIsoDate, type IsoDate } from './iso-date';

export type AssessmentSource = 'FORMAL' | 'INFORMAL' | 'SELF_DECLARED' | 'LEADER_ASSESSED';

/**
 * Sources in order of the strength of their evidence: when two sources give the same level,
 * the stronger one is named as the source (a certificate before a leader's judgement before
 * experience before the employee's own word).
 */
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = [
  'FORMAL',
  'LEADER_ASSESSED',
  'INFORMAL',
  'SELF_DECLARED',
];

export interface AssessmentEntry {
  competenceId: string;
  level: number;
  source: AssessmentSource;
  assessedAt: IsoDate;
  /** Last day the assessment counts (inclusive); null = no expiry. */
  validUntil: IsoDate | null;
  /** For SELF_DECLARED: the day a leader confirmed it; null = not confirmed. */
  confirmedAt: IsoDate | null;
}

export interface FormalQualification {
  competenceId: string;
  level: number;
  obtainedAt: IsoDate;
  /** Last day the qualification counts (inclusive); null = no expiry. */
  expiresAt: IsoDate | null;
}

export interface CompetenceHistory {
  /** In the order they were recorded: on a same-day tie the later entry is the newer one. */
  assessments: readonly AssessmentEntry[];
  qualifications: readonly FormalQualification[];
}

/** One assessment or qualification as seen by the rules (a qualification is FORMAL). */
export interface SourceEntry {
  level: number;
  /** assessedAt, or obtainedAt for a qualification. */
  assessedAt: IsoDate;
  validUntil: IsoDate | null;
  confirmedAt: IsoDate | null;
}

export type NotCountingReason = 'EXPIRED' | 'UNCONFIRMED';

export interface SourceStatus {
  /** What to show for this source: its current entry. */
  shown: SourceEntry;
  /** The entry this source contributes to realkompetanse, or null. */
  counting: SourceEntry | null;
  /** Why `shown` is not what counts; null when it is. */
  reason: NotCountingReason | null;
}

export interface CompetenceStatus {
  competenceId: string;
  sources: Record<AssessmentSource, SourceStatus | null>;
  /** Realkompetanse: the highest counting level, or null when nothing counts. */
  level: number | null;
  /** The strongest source giving that level. */
  source: AssessmentSource | null;
  /** Every source giving that level, strongest first. */
  sourcesAtLevel: AssessmentSource[];
  /** Earliest expiry among the counting entries at that level (for renewal reminders). */
  expiresAt: IsoDate | null;
  /** Last day the level still counts on what is known: null if one of them never expires. */
  levelValidUntil: IsoDate | null;
}

function isValidOn(entry: SourceEntry, date: IsoDate): boolean {
  return entry.validUntil === null || entry.validUntil >= date;
}

// A later validUntil lasts longer; null (no expiry) lasts longest.
function lastsLonger(a: IsoDate | null, b: IsoDate | null): boolean {
  if (a === b) return false;
  if (a === null) return true;
  if (b === null) return false;
  return a > b;
}

/** Newest entry by assessedAt; on a tie the one recorded later (later in the list) wins. */
function latest(entries: readonly SourceEntry[]): SourceEntry | null {
  let best: SourceEntry | null = null;
  for (const entry of entries) {
    if (best === null || entry.assessedAt >= best.assessedAt) best = entry;
  }
  return best;
}

/** Highest level; among equals the one that lasts longest, so the level is kept longest. */
function best(entries: readonly SourceEntry[]): SourceEntry | null {
  let result: SourceEntry | null = null;
  for (const entry of entries) {
    if (
      result === null ||
      entry.level > result.level ||
      (entry.level === result.level && lastsLonger(entry.validUntil, result.validUntil))
    ) {
      result = entry;
    }
  }
  return result;
}

// FORMAL: every qualification and formal assessment valid on the date counts and the best
// one wins, because a newer certificate at a lower level does not take away an older degree.
function formalStatus(entries: readonly SourceEntry[], date: IsoDate): SourceStatus | null {
  const valid = best(entries.filter((e) => isValidOn(e, date)));
  if (valid) return { shown: valid, counting: valid, reason: null };
  // Nothing valid: show the one that lapsed last, so the screen can say "HLR expired".
  let lapsed: SourceEntry | null = null;
  for (const entry of entries) {
    if (
      lapsed === null ||
      lastsLonger(entry.validUntil, lapsed.validUntil) ||
      (entry.validUntil === lapsed.validUntil && entry.level > lapsed.level)
    ) {
      lapsed = entry;
    }
  }
  return lapsed ? { shown: lapsed, counting: null, reason: 'EXPIRED' } : null;
}

// INFORMAL and LEADER_ASSESSED: the newest entry is the current judgement and replaces older
// ones, also when it is lower. If it has expired the source gives nothing (a re-assessment is
// due); an older, still valid entry does not come back.
function latestStatus(entries: readonly SourceEntry[], date: IsoDate): SourceStatus | null {
  const shown = latest(entries);
  if (!shown) return null;
  return isValidOn(shown, date)
    ? { shown, counting: shown, reason: null }
    : { shown, counting: null, reason: 'EXPIRED' };
}

// SELF_DECLARED: the newest declaration is shown, but only a declaration a leader has
// confirmed (on or before the date) counts. Among confirmed ones the newest counts, so a new
// declaration awaiting review neither raises nor removes what was confirmed last year.
function selfDeclaredStatus(entries: readonly SourceEntry[], date: IsoDate): SourceStatus | null {
  const shown = latest(entries);
  if (!shown) return null;
  const confirmed = latest(entries.filter((e) => e.confirmedAt !== null && e.confirmedAt <= date));
  const counting = confirmed && isValidOn(confirmed, date) ? confirmed : null;
  let reason: NotCountingReason | null = null;
  if (counting !== shown) {
    const shownConfirmed = shown.confirmedAt !== null && shown.confirmedAt <= date;
    reason = shownConfirmed ? 'EXPIRED' : 'UNCONFIRMED';
  }
  return { shown, counting, reason };
}

function emptyBuckets(): Record<AssessmentSource, SourceEntry[]> {
  return { FORMAL: [], INFORMAL: [], SELF_DECLARED: [], LEADER_ASSESSED: [] };
}

function statusFor(
  competenceId: string,
  buckets: Record<AssessmentSource, SourceEntry[]>,
  date: IsoDate,
): CompetenceStatus {
  const sources: Record<AssessmentSource, SourceStatus | null> = {
    FORMAL: formalStatus(buckets.FORMAL, date),
    INFORMAL: latestStatus(buckets.INFORMAL, date),
    LEADER_ASSESSED: latestStatus(buckets.LEADER_ASSESSED, date),
    SELF_DECLARED: selfDeclaredStatus(buckets.SELF_DECLARED, date),
  };

  let level: number | null = null;
  for (const source of ASSESSMENT_SOURCES) {
    const counting = sources[source]?.counting;
    if (counting && (level === null || counting.level > level)) level = counting.level;
  }

  const sourcesAtLevel = ASSESSMENT_SOURCES.filter(
    (source) => level !== null && sources[source]?.counting?.level === level,
  );
  const atLevel = sourcesAtLevel.map((source) => sources[source]!.counting!);
  const expiries = atLevel.map((e) => e.validUntil).filter((d): d is IsoDate => d !== null);
  const expiresAt = expiries.length > 0 ? expiries.reduce((a, b) => (b < a ? b : a)) : null;
  const levelValidUntil =
    atLevel.length === 0 || atLevel.some((e) => e.validUntil === null)
      ? null
      : expiries.reduce((a, b) => (b > a ? b : a));

  return {
    competenceId,
    sources,
    level,
    source: sourcesAtLevel[0] ?? null,
    sourcesAtLevel,
    expiresAt,
    levelValidUntil,
  };
}

/**
 * Status per competence as of `date`, sorted by competenceId. Entries assessed or obtained
 * after the date are ignored entirely, so the same history answers "what did we know then?".
 * A competence appears when it has at least one entry on or before the date.
 */
export function computeRealkompetanse(
  history: CompetenceHistory,
  date: IsoDate,
): CompetenceStatus[] {
  assertIsoDate(date, 'date');
  const byCompetence = new Map<string, Record<AssessmentSource, SourceEntry[]>>();
  const bucketsOf = (competenceId: string) => {
    let buckets = byCompetence.get(competenceId);
    if (!buckets) {
      buckets = emptyBuckets();
      byCompetence.set(competenceId, buckets);
    }
    return buckets;
  };

  for (const a of history.assessments) {
    if (a.assessedAt > date) continue;
    bucketsOf(a.competenceId)[a.source].push({
      level: a.level,
      assessedAt: a.assessedAt,
      validUntil: a.validUntil,
      confirmedAt: a.confirmedAt,
    });
  }
  for (const q of history.qualifications) {
    if (q.obtainedAt > date) continue;
    bucketsOf(q.competenceId).FORMAL.push({
      level: q.level,
      assessedAt: q.obtainedAt,
      validUntil: q.expiresAt,
      confirmedAt: null,
    });
  }

  return [...byCompetence.keys()]
    .sort()
    .map((competenceId) => statusFor(competenceId, byCompetence.get(competenceId)!, date));
}

/**
 * The holdings the gap engine needs: one row per source that counts today, each with its own
 * expiry. One row per source rather than only the best level keeps a lower, longer-lasting
 * level visible to a requirement whose horizon lies after the best one expires.
 */
export function toGapHoldings(
  employeeId: string,
  statuses: readonly CompetenceStatus[],
): GapHolding[] {
  const holdings: GapHolding[] = [];
  for (const status of statuses) {
    for (const source of ASSESSMENT_SOURCES) {
      const counting = status.sources[source]?.counting;
      if (counting) {
        holdings.push({
          employeeId,
          competenceId: status.competenceId,
          level: counting.level,
          validUntil: counting.validUntil,
        });
      }
    }
  }
  return holdings;
}
