// Run charts (serieplott) and the signals of non-random variation the ReKs strategy asks for,
// after Perla, Provost and Murray, "The run chart: a simple analytical tool for learning from
// variation in healthcare processes" (BMJ Qual Saf 2011), the rules the IHI teaches:
// - the centre line is the median of the baseline period (frozen and extended after it);
// - a shift: 6 or more points in a row on one side of the median; points on the median
//   neither make nor break a shift;
// - a trend: 5 or more points in a row all going up or all going down; a point equal to the
//   one before it neither makes nor breaks a trend;
// - too few or too many runs: the number of runs (crossings of the median + 1, counting only
//   points off the median) outside the limits of the runs table for that many points.
// The runs table is computed here from the exact distribution of the number of runs (Swed and
// Eisenhart 1943) with the points split evenly above and below, at 5 % (2.5 % in each tail),
// which reproduces the published table (e.g. 24 points off the median: 8–18 runs).

export interface RunChartPoint {
  /** The period, e.g. '2026-03' or an ISO date; only its order matters here. */
  period: string;
  value: number;
}

export type RunChartSignalKind = 'SHIFT' | 'TREND' | 'TOO_FEW_RUNS' | 'TOO_MANY_RUNS';

export interface RunChartSignal {
  kind: RunChartSignalKind;
  /** Indices of the points that make the signal (all points for the runs rules). */
  points: number[];
  /** For a shift: the side of the median; for a trend: the direction. */
  direction: 'UP' | 'DOWN' | null;
}

export interface RunChartAnalysis {
  /** Median of the baseline points (all points when no baseline is given); null when none. */
  median: number | null;
  /** Points not on the median (the runs rule counts only these). */
  usefulPoints: number;
  runs: number;
  /** Limits of the runs table for `usefulPoints`; null below 10 points (the rule needs 10). */
  runsLimits: { lower: number; upper: number } | null;
  signals: RunChartSignal[];
}

export const SHIFT_LENGTH = 6;
export const TREND_LENGTH = 5;
/** The runs rule needs this many points off the median before it can say anything. */
export const RUNS_RULE_MIN_POINTS = 10;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/** P(R = r) for r runs of n1 points of one kind and n2 of the other, in random order. */
function runsProbability(r: number, n1: number, n2: number): number {
  const total = binomial(n1 + n2, n1);
  if (r % 2 === 0) {
    const k = r / 2;
    return (2 * binomial(n1 - 1, k - 1) * binomial(n2 - 1, k - 1)) / total;
  }
  const k = (r - 1) / 2;
  return (
    (binomial(n1 - 1, k - 1) * binomial(n2 - 1, k) +
      binomial(n1 - 1, k) * binomial(n2 - 1, k - 1)) /
    total
  );
}

/**
 * The runs table: fewer runs than `lower` or more than `upper` is a signal. Null below
 * RUNS_RULE_MIN_POINTS useful points.
 */
export function runsLimits(usefulPoints: number): { lower: number; upper: number } | null {
  if (usefulPoints < RUNS_RULE_MIN_POINTS) return null;
  const n1 = Math.floor(usefulPoints / 2);
  const n2 = usefulPoints - n1;
  const maxRuns = 2 * n1 + (n2 > n1 ? 1 : 0);
  const tail = 0.025;
  let lower = 2;
  let below = runsProbability(2, n1, n2);
  while (below <= tail) {
    lower += 1;
    below += runsProbability(lower, n1, n2);
  }
  let upper = maxRuns;
  let above = runsProbability(maxRuns, n1, n2);
  while (above <= tail) {
    upper -= 1;
    above += runsProbability(upper, n1, n2);
  }
  return { lower, upper };
}

/** Maximal stretches of consecutive off-median points on one side (on-median points skipped). */
function shifts(sides: ReadonlyArray<-1 | 0 | 1>): RunChartSignal[] {
  const signals: RunChartSignal[] = [];
  let current: number[] = [];
  let side: -1 | 0 | 1 = 0;
  const close = () => {
    if (current.length >= SHIFT_LENGTH) {
      signals.push({ kind: 'SHIFT', points: current, direction: side > 0 ? 'UP' : 'DOWN' });
    }
  };
  sides.forEach((s, index) => {
    if (s === 0) return;
    if (s !== side) {
      close();
      current = [];
      side = s;
    }
    current.push(index);
  });
  close();
  return signals;
}

/** Maximal stretches going one way; a repeated value is skipped, not counted. */
function trends(values: readonly number[]): RunChartSignal[] {
  const signals: RunChartSignal[] = [];
  let current: number[] = [];
  let direction: 'UP' | 'DOWN' | null = null;
  const close = () => {
    // points, not steps: a trend of 5 points is 4 steps the same way
    if (current.length >= TREND_LENGTH && direction) {
      signals.push({ kind: 'TREND', points: current, direction });
    }
  };
  values.forEach((value, index) => {
    if (index === 0) {
      current = [0];
      return;
    }
    const previous = values[current[current.length - 1]];
    if (value === previous) return;
    const step = value > previous ? 'UP' : 'DOWN';
    if (direction === step || direction === null) {
      direction = step;
      current.push(index);
      return;
    }
    close();
    current = [current[current.length - 1], index];
    direction = step;
  });
  close();
  return signals;
}

/**
 * Analyses a series in period order. `baselinePoints` is how many of the first points make
 * the baseline period (its median is the centre line); all of them when omitted. A fixed
 * `centreLine` (a baseline given as a value) replaces the baseline median.
 */
export function analyseRunChart(
  points: readonly RunChartPoint[],
  baselinePoints: number = points.length,
  centreLine?: number,
): RunChartAnalysis {
  const values = points.map((p) => p.value);
  const centre =
    centreLine !== undefined && points.length > 0
      ? centreLine
      : median(values.slice(0, Math.max(1, baselinePoints)));
  if (centre === null) {
    return { median: null, usefulPoints: 0, runs: 0, runsLimits: null, signals: [] };
  }
  const sides = values.map((v) => (v > centre ? 1 : v < centre ? -1 : 0));
  const useful = sides.filter((s) => s !== 0);
  const runs = useful.reduce(
    (count, s, i) => count + (i > 0 && s !== useful[i - 1] ? 1 : 0),
    useful.length > 0 ? 1 : 0,
  );
  const limits = runsLimits(useful.length);
  const signals = [...shifts(sides), ...trends(values)];
  const all = points.map((_, index) => index);
  if (limits && runs < limits.lower)
    signals.push({ kind: 'TOO_FEW_RUNS', points: all, direction: null });
  if (limits && runs > limits.upper)
    signals.push({ kind: 'TOO_MANY_RUNS', points: all, direction: null });
  return { median: centre, usefulPoints: useful.length, runs, runsLimits: limits, signals };
}

/** One sentence per signal, in Norwegian, for the list beside the chart. */
export function describeSignal(signal: RunChartSignal, points: readonly RunChartPoint[]): string {
  const first = points[signal.points[0]]?.period ?? '';
  const last = points[signal.points[signal.points.length - 1]]?.period ?? '';
  const count = signal.points.length;
  switch (signal.kind) {
    case 'SHIFT':
      return `Skift: ${count} punkter på rad ${signal.direction === 'UP' ? 'over' : 'under'} medianen (${first}–${last}).`;
    case 'TREND':
      return `Trend: ${count} punkter på rad ${signal.direction === 'UP' ? 'stigende' : 'synkende'} (${first}–${last}).`;
    case 'TOO_FEW_RUNS':
      return 'For få serier: punktene krysser medianen sjeldnere enn tilfeldig variasjon tilsier.';
    case 'TOO_MANY_RUNS':
      return 'For mange serier: punktene veksler over og under medianen oftere enn tilfeldig variasjon tilsier.';
  }
}
