// A seeded pseudo-random generator for demo data and generated test organisations. The same
// seed gives the same sequence on every machine and Node version: Math.random cannot be
// seeded, and anything built on floating-point maths could drift, so the state is 32-bit
// integer arithmetic only (Math.imul and unsigned shifts, exact in every JavaScript engine).
//
// Algorithm: mulberry32 (Tommy Ettinger), a small 32-bit generator that passes the usual
// statistical test batteries well enough for synthetic data. Not for anything secret.

export interface WeightedEntry<T> {
  value: T;
  /** Relative weight, >= 0. */
  weight: number;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(entries: readonly WeightedEntry<T>[]): T;
  /** True with probability p (0 never, 1 always). */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * FNV-1a (32-bit) of the string's UTF-16 code units, so a readable seed such as
 * 'gjovikregionen' maps to a number the same way everywhere.
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function seedToState(seed: number | string): number {
  if (typeof seed === 'string') return hashSeed(seed);
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number or a string');
  return Math.trunc(seed) >>> 0;
}

export function createRandom(seed: number | string): Random {
  let state = seedToState(seed);

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}) needs whole numbers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    weightedPick<T>(entries: readonly WeightedEntry<T>[]): T {
      let total = 0;
      for (const e of entries) {
        if (!Number.isFinite(e.weight) || e.weight < 0) {
          throw new RangeError('weights must be finite and >= 0');
        }
        total += e.weight;
      }
      if (total <= 0) throw new RangeError('weightedPick needs a positive total weight');
      let target = next() * total;
      for (const e of entries) {
        if (target < e.weight) return e.value;
        target -= e.weight;
      }
      // Rounding can leave target a hair above the last weight: fall back to the last entry
      // that has any weight.
      return [...entries].reverse().find((e) => e.weight > 0)!.value;
    },
    chance(p: number): boolean {
      if (!(p >= 0 && p <= 1)) throw new RangeError('chance(p) needs 0 <= p <= 1');
      return next() < p;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}
