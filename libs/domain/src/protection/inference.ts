// What a reader can work out from published figures: the inference model an attacker uses,
// and the tests use to check that no count of people is ever narrowed to fewer than k
// possible values (docs/gap-analysis.md, "Privacy: rounded figures").
//
// The reader's knowledge is a set of unknown whole numbers (counts of people in groups the
// reader can tell apart, and the rounded values the rule published for them) with:
// - bounds and steps: counts are >= 0; rounded values are multiples of k;
// - linear facts: a published figure is a sum of atoms (exact, or rounded); a rounded atom
//   differs from its count by less than k; a group is the sum of its parts;
// - max facts: gap = max(0, required − holders), surplus = max(0, holders − required), a
//   line total of gaps is the sum of its rows' gaps;
// - what reason codes said (old rule): "fewer than k" is a count of 1 … k − 1.
// It derives the tightest ranges it can by bounds propagation to a fixpoint, then narrows the
// range of each question it asks (a count, a difference, a sum) by probing its end values
// (a value whose propagation fails is impossible) and, for small cases, by linear
// programming. Every step only removes values that contradict the facts, so the true value
// always stays inside the range.

import { maximise, type LpRow } from './simplex';

export type Term = readonly [variable: number, coefficient: number];

export type Fact =
  | { kind: 'linear'; terms: readonly Term[]; min: number; max: number }
  /** result = max(0, constant + Σ terms), result a variable. */
  | { kind: 'max0'; result: number; terms: readonly Term[]; constant: number };

/** A practical infinity: counts of people in a region stay far below it. */
export const UNBOUNDED = 1e9;

export class InferenceModel {
  readonly names: string[] = [];
  readonly min: number[] = [];
  readonly max: number[] = [];
  readonly step: number[] = [];
  readonly facts: Fact[] = [];

  /** A whole number in [min, max], a multiple of `step`. */
  variable(name: string, min = 0, max = UNBOUNDED, step = 1): number {
    this.names.push(name);
    this.min.push(Math.ceil(min / step) * step);
    this.max.push(Math.floor(max / step) * step);
    this.step.push(step);
    return this.names.length - 1;
  }

  /** A known number, as a fixed variable. */
  constant(name: string, value: number): number {
    return this.variable(name, value, value);
  }

  linear(terms: readonly Term[], min: number, max: number): void {
    this.facts.push({ kind: 'linear', terms, min, max });
  }

  equal(terms: readonly Term[], value: number): void {
    this.linear(terms, value, value);
  }

  max0(result: number, terms: readonly Term[], constant: number): void {
    this.facts.push({ kind: 'max0', result, terms, constant });
  }

  /**
   * A figure published under the rounding rule: `rounded` is a multiple of k, and the count
   * behind it is within k − 1 of it (one atom), or, for a group of `atoms` atoms the reader
   * cannot tell apart, within the widest spread those atoms allow.
   */
  roundedAtom(count: number, rounded: number, k: number, atoms = 1): void {
    // count >= rounded − atoms (k − 1) and k · count >= rounded (each atom rounded up holds
    // at least one person); count <= rounded + atoms (k − 1)
    this.linear(
      [
        [count, 1],
        [rounded, -1],
      ],
      -atoms * (k - 1),
      atoms * (k - 1),
    );
    this.linear(
      [
        [count, k],
        [rounded, -1],
      ],
      0,
      UNBOUNDED,
    );
  }
}

export interface Bounds {
  min: number[];
  max: number[];
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}

function range(terms: readonly Term[], b: Bounds): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const [v, a] of terms) {
    if (a >= 0) {
      lo += a * b.min[v];
      hi += a * b.max[v];
    } else {
      lo += a * b.max[v];
      hi += a * b.min[v];
    }
  }
  return [lo, hi];
}

/** Tightens bounds so Σ terms ∈ [min, max]; false when impossible. */
function tightenLinear(
  terms: readonly Term[],
  min: number,
  max: number,
  b: Bounds,
  step: readonly number[],
  changed: Set<number>,
): boolean {
  const [lo, hi] = range(terms, b);
  if (lo > max + 1e-9 || hi < min - 1e-9) return false;
  for (const [v, a] of terms) {
    if (a === 0) continue;
    const own = a > 0 ? [a * b.min[v], a * b.max[v]] : [a * b.max[v], a * b.min[v]];
    const othersLo = lo - own[0];
    const othersHi = hi - own[1];
    let newMin: number;
    let newMax: number;
    if (a > 0) {
      newMin = (min - othersHi) / a;
      newMax = (max - othersLo) / a;
    } else {
      newMin = (max - othersLo) / a;
      newMax = (min - othersHi) / a;
    }
    newMin = ceilTo(Math.max(newMin, -UNBOUNDED), step[v]);
    newMax = floorTo(Math.min(newMax, UNBOUNDED), step[v]);
    if (newMin > b.min[v]) {
      b.min[v] = newMin;
      changed.add(v);
    }
    if (newMax < b.max[v]) {
      b.max[v] = newMax;
      changed.add(v);
    }
    if (b.min[v] > b.max[v]) return false;
  }
  return true;
}

function tighten(fact: Fact, b: Bounds, step: readonly number[], changed: Set<number>): boolean {
  if (fact.kind === 'linear')
    return tightenLinear(fact.terms, fact.min, fact.max, b, step, changed);
  const { result, terms, constant } = fact;
  const [lo, hi] = range(terms, b);
  // result within [max(0, c + lo), max(0, c + hi)]
  if (
    !tightenLinear(
      [[result, 1]],
      Math.max(0, constant + lo),
      Math.max(0, constant + hi),
      b,
      step,
      changed,
    )
  ) {
    return false;
  }
  // c + Σ <= result always; c + Σ = result once result is known to be positive
  const upper = b.max[result] - constant;
  const lower = b.min[result] > 0 ? b.min[result] - constant : -UNBOUNDED;
  return tightenLinear(terms, lower, upper, b, step, changed);
}

function variablesOf(fact: Fact): number[] {
  return fact.kind === 'linear'
    ? fact.terms.map(([v]) => v)
    : [fact.result, ...fact.terms.map(([v]) => v)];
}

/** Bounds propagation to a fixpoint; null when the facts contradict each other. */
export function propagate(
  model: InferenceModel,
  start?: Bounds,
  extra: readonly Fact[] = [],
): Bounds | null {
  const b: Bounds = { min: [...(start?.min ?? model.min)], max: [...(start?.max ?? model.max)] };
  const facts = [...model.facts, ...extra];
  const watchers: number[][] = model.names.map(() => []);
  facts.forEach((fact, index) => {
    for (const v of variablesOf(fact)) watchers[v].push(index);
  });
  const queued = new Set<number>(facts.map((_, i) => i));
  const queue = [...queued];
  let work = 0;
  while (queue.length > 0) {
    const index = queue.shift()!;
    queued.delete(index);
    work += 1;
    if (work > 2_000_000) break; // a fixpoint is reached long before on the sizes used
    const changed = new Set<number>();
    if (!tighten(facts[index], b, model.step, changed)) return null;
    for (const v of changed) {
      for (const other of watchers[v]) {
        if (!queued.has(other)) {
          queued.add(other);
          queue.push(other);
        }
      }
    }
  }
  return b;
}

export interface RangeOptions {
  /** Probe up to this many values at each end (default 2k is plenty to tell < k). */
  probes?: number;
  /** Use linear programming when the model has at most this many variables (default 160). */
  lpVariables?: number;
}

/**
 * The range of Σ terms the reader cannot rule out. Sound: the true value is always inside.
 */
export function inferRange(
  model: InferenceModel,
  bounds: Bounds,
  terms: readonly Term[],
  options: RangeOptions = {},
): { min: number; max: number } {
  let [lo, hi] = range(terms, bounds);
  if (model.names.length <= (options.lpVariables ?? 160)) {
    const lp = lpRange(model, bounds, terms);
    if (lp) {
      lo = Math.max(lo, Math.ceil(lp.min - 1e-6));
      hi = Math.min(hi, Math.floor(lp.max + 1e-6));
    }
  }
  const probes = options.probes ?? 12;
  const feasible = (value: number) =>
    propagate(model, bounds, [{ kind: 'linear', terms, min: value, max: value }]) !== null;
  for (let i = 0; i < probes && lo < hi && !feasible(lo); i += 1) lo += 1;
  for (let i = 0; i < probes && hi > lo && !feasible(hi); i += 1) hi -= 1;
  return { min: lo, max: hi };
}

/**
 * Min and max of Σ terms over the linear relaxation: linear facts as they are, max facts as
 * result >= 0 and result >= c + Σ (and equality once the result is known to be positive).
 */
function lpRange(
  model: InferenceModel,
  bounds: Bounds,
  terms: readonly Term[],
): { min: number; max: number } | null {
  const n = model.names.length;
  // x_v = min_v + y_v, y_v >= 0
  const shift = (t: readonly Term[]) => t.reduce((sum, [v, a]) => sum + a * bounds.min[v], 0);
  const rows: LpRow[] = [];
  const push = (t: readonly Term[], sense: LpRow['sense'], rhs: number) =>
    rows.push({ coefficients: t.map(([v, a]) => [v, a] as const), sense, rhs: rhs - shift(t) });
  for (let v = 0; v < n; v += 1) {
    if (bounds.max[v] < UNBOUNDED) push([[v, 1]], '<=', bounds.max[v]);
  }
  for (const fact of model.facts) {
    if (fact.kind === 'linear') {
      if (fact.min === fact.max) push(fact.terms, '=', fact.min);
      else {
        if (fact.min > -UNBOUNDED) push(fact.terms, '>=', fact.min);
        if (fact.max < UNBOUNDED) push(fact.terms, '<=', fact.max);
      }
    } else {
      const body: Term[] = [[fact.result, 1], ...fact.terms.map(([v, a]) => [v, -a] as const)];
      if (bounds.min[fact.result] > 0) push(body, '=', fact.constant);
      else push(body, '>=', fact.constant);
    }
  }
  const max = maximise({ variables: n, rows }, terms);
  const min = maximise(
    { variables: n, rows },
    terms.map(([v, a]) => [v, -a] as const),
  );
  if (max.status === 'infeasible' || min.status === 'infeasible') return null;
  const offset = shift(terms);
  return {
    max: max.status === 'optimal' ? max.value + offset : UNBOUNDED,
    min: min.status === 'optimal' ? -min.value + offset : -UNBOUNDED,
  };
}

/** How many whole values a range holds. */
export function rangeSize(r: { min: number; max: number }): number {
  return r.max - r.min + 1;
}
