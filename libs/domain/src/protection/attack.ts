// An attacker's toolkit on top of the inference model: the groups a reader can tell apart
// (Venn cells of the published figures' atom sets), the questions worth asking (every cell,
// every published figure, every difference between two figures one of which lies inside the
// other: horizons, retirement ages, levels, a unit and its sub-unit, a filtered and an
// unfiltered view), and the check that none of them is narrowed below k values.

import {
  type Bounds,
  InferenceModel,
  inferRange,
  propagate,
  type RangeOptions,
  type Term,
} from './inference';

/** Groups atoms by which of the sets they belong to; each group is one cell. */
export function vennCells(
  universe: number,
  sets: ReadonlyArray<readonly number[]>,
): { cells: number[][]; cellsOf: number[][] } {
  const membership = Array.from({ length: universe }, () => [] as number[]);
  sets.forEach((set, s) => {
    for (const atom of new Set(set)) membership[atom].push(s);
  });
  const byKey = new Map<string, number>();
  const cells: number[][] = [];
  membership.forEach((member, atom) => {
    if (member.length === 0) return;
    const key = member.join(',');
    let cell = byKey.get(key);
    if (cell === undefined) {
      cell = cells.length;
      byKey.set(key, cell);
      cells.push([]);
    }
    cells[cell].push(atom);
  });
  const cellsOf = sets.map((set) => {
    const mine = new Set<number>();
    for (const atom of set) mine.add(byKey.get(membership[atom].join(','))!);
    return [...mine].sort((a, b) => a - b);
  });
  return { cells, cellsOf };
}

/** A question: a count of people, as a set of cells (or variables) added up. */
export interface Question {
  name: string;
  terms: Term[];
}

/**
 * Every published set, and every difference A \ B of published sets with B inside A (as
 * cells), without repeats. `cellsOf` are the sets as cells, `count` the cell's variable.
 */
export function questionsFor(
  names: readonly string[],
  cellsOf: ReadonlyArray<readonly number[]>,
  count: (cell: number) => number,
  cellCount: number,
): Question[] {
  const questions: Question[] = [];
  const seen = new Map<string, Question>();
  const add = (name: string, cells: readonly number[]) => {
    if (cells.length === 0) return;
    const key = [...cells].sort((a, b) => a - b).join(',');
    const same = seen.get(key);
    if (same) {
      same.name = `${same.name} = ${name}`;
      return;
    }
    const question = { name, terms: cells.map((c) => [count(c), 1] as const) };
    seen.set(key, question);
    questions.push(question);
  };
  for (let c = 0; c < cellCount; c += 1) add(`cell ${c}`, [c]);
  cellsOf.forEach((cells, i) => add(names[i], cells));
  cellsOf.forEach((outer, i) => {
    const outerSet = new Set(outer);
    cellsOf.forEach((inner, j) => {
      if (i === j || inner.length >= outer.length || !inner.every((c) => outerSet.has(c))) return;
      const innerSet = new Set(inner);
      add(
        `${names[i]} − ${names[j]}`,
        outer.filter((c) => !innerSet.has(c)),
      );
    });
  });
  return questions;
}

export interface Pin {
  question: string;
  min: number;
  max: number;
}

/**
 * The questions the attacker narrows to fewer than k possible values. Throws when the facts
 * contradict each other (the figures are not what the model says they are).
 */
export function findPins(
  model: InferenceModel,
  questions: readonly Question[],
  k: number,
  options: RangeOptions = {},
): { pins: Pin[]; bounds: Bounds; ranges: Map<string, { min: number; max: number }> } {
  const bounds = propagate(model);
  if (!bounds) throw new Error('the published figures contradict the model');
  const pins: Pin[] = [];
  const ranges = new Map<string, { min: number; max: number }>();
  for (const question of questions) {
    const r = inferRange(model, bounds, question.terms, options);
    ranges.set(question.name, r);
    if (r.max - r.min + 1 < k) pins.push({ question: question.name, ...r });
  }
  return { pins, bounds, ranges };
}

export { InferenceModel };
