// The attacker against random organisations: given every rounded atom (more than any reader
// ever sees: readers only see sums of them), it tries to narrow every count a reader could
// ask about (each atom, each published figure, each difference between a figure and one
// inside it: horizons, retirement ages, levels, a unit and its sub-unit …) to fewer than k
// values. It must never succeed. Beside the attacker, explicit witnesses prove the true range:
// whole-number assignments that satisfy every fact and give the count k − 1 above (and, when
// there is room, below) its rounded value.
import fc from 'fast-check';
import { createAncestorLookup } from '../organisation-tree';
import { createRandom } from '../deterministic-random';
import { generateOrganisation } from '../testing/random-organisation';
import { seededDraws } from '../testing/seeded-draws';
import {
  type AtomRows,
  buildProtectedAtoms,
  patternSlot,
  PROTECTED_HORIZONS,
  type ProtectedAtoms,
  waveYear,
} from './atoms';
import { InferenceModel, inferRange, propagate, type Term } from './inference';
import { atomRowsFromPeople } from './reference';
import { type AtomNode, restKey, type RoundedAtom } from './rounding';

interface Node {
  key: string;
  unitId: string;
  atom: RoundedAtom;
  parent: string | null;
  partition: string | null;
  partitions: Map<string, string[]>;
}

function flatten(atoms: ProtectedAtoms): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const [unitId, { root, rounded }] of atoms.trees) {
    const visit = (node: AtomNode, parent: string | null, partition: string | null) => {
      const entry: Node = {
        key: node.key,
        unitId,
        atom: rounded.get(node.key)!,
        parent,
        partition,
        partitions: new Map(),
      };
      nodes.set(node.key, entry);
      for (const p of node.partitions ?? []) {
        const children = p.children.map((c) => c.key);
        const rest = restKey(node, p);
        if (rounded.has(rest)) {
          children.push(rest);
          nodes.set(rest, {
            key: rest,
            unitId,
            atom: rounded.get(rest)!,
            parent: node.key,
            partition: p.name,
            partitions: new Map(),
          });
        }
        entry.partitions.set(p.name, children);
        for (const child of p.children) visit(child, node.key, p.name);
      }
    };
    visit(root, null, null);
  }
  return nodes;
}

/** Every person-level fact a reader could know about one unit's tree, given every rounding. */
function unitModel(nodes: Node[], k: number) {
  const model = new InferenceModel();
  const index = new Map<string, number>();
  for (const node of nodes) index.set(node.key, model.variable(node.key));
  for (const node of nodes) {
    const x = index.get(node.key)!;
    model.linear([[x, 1]], Math.max(0, node.atom.rounded - k + 1), node.atom.rounded + k - 1);
    for (const children of node.partitions.values()) {
      model.equal([[x, -1], ...children.map((c) => [index.get(c)!, 1] as const)], 0);
    }
  }
  return { model, index };
}

/** Assignments that satisfy every fact: the rounded values, then one count moved by δ. */
function witness(
  nodes: Map<string, Node>,
  target: string[],
  delta: number,
  k: number,
): Map<string, number> | null {
  const x = new Map<string, number>();
  const unit = nodes.get(target[0])!.unitId;
  for (const node of nodes.values()) if (node.unitId === unit) x.set(node.key, node.atom.rounded);
  const pick = (children: string[]) =>
    delta >= 0
      ? children[0]
      : children.find((c) => x.get(c)! + delta >= 0 && nodes.get(c)!.atom.rounded >= -delta);
  const down = (key: string): boolean => {
    x.set(key, x.get(key)! + delta);
    for (const children of nodes.get(key)!.partitions.values()) {
      const child = pick(children);
      if (!child || !down(child)) return false;
    }
    return true;
  };
  const start =
    delta >= 0 ? target[0] : target.find((key) => nodes.get(key)!.atom.rounded >= -delta);
  if (!start || !down(start)) return null;
  for (let at = nodes.get(start)!; at.parent !== null; at = nodes.get(at.parent)!) {
    const parent = nodes.get(at.parent)!;
    x.set(parent.key, x.get(parent.key)! + delta);
    for (const [name, children] of parent.partitions) {
      if (name === at.partition) continue;
      const child = pick(children);
      if (!child || !down(child)) return null;
    }
  }
  // every fact holds
  for (const [key, value] of x) {
    const node = nodes.get(key)!;
    if (value < 0 || value < node.atom.rounded - k + 1 || value > node.atom.rounded + k - 1)
      return null;
    for (const children of node.partitions.values()) {
      if (children.reduce((sum, c) => sum + x.get(c)!, 0) !== value) return null;
    }
  }
  return x;
}

interface Organisation {
  rows: AtomRows;
  atoms: ProtectedAtoms;
  sets: Array<{ name: string; keys: string[] }>;
  k: number;
}

function organisation(seed: number, k: number, retirementAge: number): Organisation {
  const org = generateOrganisation(seed, {
    municipalities: 2,
    unitsPerMunicipality: 3,
    employees: 36,
    competences: 2,
    requirements: 6,
    plannedCompletions: 4,
  });
  const random = createRandom(`${seed}-families`);
  const settings = { k, today: org.today, retirementAge };
  const people = org.employees.map((e) => ({
    ...e,
    professionCode: random.pick(['2223', '5321', null]),
  }));
  const base = atomRowsFromPeople({ ...org, employees: people }, settings);
  // appraisals, teaching and expiry, person by person
  const rows: AtomRows = { ...base, cycles: [], choices: [], teaching: [], expiry: [] };
  const bump = <T extends { count: number }>(
    list: T[],
    match: (r: T) => boolean,
    make: () => T,
  ) => {
    const found = list.find(match);
    if (found) found.count += 1;
    else list.push({ ...make(), count: 1 });
  };
  for (const e of people.filter((p) => p.active)) {
    if (random.chance(0.6)) {
      bump(
        rows.cycles,
        (r) => r.unitId === e.unitId,
        () => ({ unitId: e.unitId, cycleId: 'c1', count: 0 }),
      );
      for (const choice of org.competenceIds.filter(() => random.chance(0.4))) {
        bump(
          rows.choices,
          (r) => r.unitId === e.unitId && r.choice === choice,
          () => ({ unitId: e.unitId, cycleId: 'c1', kind: 'WISH' as const, choice, count: 0 }),
        );
      }
    }
    if (random.chance(0.3)) {
      const topic = random.pick(org.competenceIds);
      const named = random.chance(0.5);
      const found = rows.teaching.find((r) => r.unitId === e.unitId && r.competenceId === topic);
      const row = found ?? { unitId: e.unitId, competenceId: topic, named: 0, anonymous: 0 };
      if (named) row.named += 1;
      else row.anonymous += 1;
      if (!found) rows.teaching.push(row);
    }
    if (random.chance(0.3)) {
      const months = [random.int(0, 11)];
      if (random.chance(0.3)) months.push(random.int(0, 11));
      months.sort((a, b) => a - b);
      bump(
        rows.expiry,
        (r) => r.unitId === e.unitId && r.months.join() === months.join(),
        () => ({ unitId: e.unitId, months, count: 0 }),
      );
    }
  }
  const atoms = buildProtectedAtoms(rows, settings, seededDraws(seed));
  const ancestors = createAncestorLookup(org.units);
  const subtree = (unitId: string) =>
    org.units.filter((u) => ancestors(u.id).includes(unitId)).map((u) => u.id);

  // the sets every published figure adds up (as node keys)
  const sets: Array<{ name: string; keys: string[] }> = [];
  const unitsOf = (ids: string[]) =>
    ids.flatMap((id) => (atoms.units.has(id) ? [atoms.units.get(id)!] : []));
  for (const r of org.requirements) {
    for (const horizon of PROTECTED_HORIZONS) {
      for (const age of atoms.ages) {
        const slot = patternSlot(horizon, age, atoms.ages);
        const keys: string[] = [];
        for (const unit of unitsOf(subtree(r.unitId))) {
          for (const a of unit.competences.get(r.competenceId) ?? []) {
            if (a.levels[slot] >= r.minLevel) keys.push(a.key);
          }
        }
        sets.push({ name: `${r.id} ${horizon} @${age}`, keys });
      }
    }
  }
  for (const unit of org.units) {
    for (const code of ['2223', '5321']) {
      for (const age of atoms.ages) {
        for (let year = 0; year < 5; year += 1) {
          const keys: string[] = [];
          for (const u of unitsOf(subtree(unit.id))) {
            for (const node of u.professions.get(code) ?? []) {
              for (const leaf of node.leaving) {
                if (waveYear(leaf.leaving, age, settings) === year) keys.push(leaf.key);
              }
            }
          }
          sets.push({ name: `${unit.id} ${code} leaving year ${year} @${age}`, keys });
        }
      }
    }
  }
  return { rows, atoms, sets, k };
}

function check(org: Organisation): void {
  const nodes = flatten(org.atoms);
  const byUnit = new Map<string, Node[]>();
  for (const node of nodes.values())
    byUnit.set(node.unitId, [...(byUnit.get(node.unitId) ?? []), node]);
  const models = new Map([...byUnit].map(([unitId, list]) => [unitId, unitModel(list, org.k)]));
  const bounds = new Map([...models].map(([unitId, m]) => [unitId, propagate(m.model)!]));
  for (const [unitId, b] of bounds)
    expect({ unitId, feasible: b !== null }).toEqual({ unitId, feasible: true });

  // questions: every node, every set, every nested difference (as node keys)
  const questions = new Map<string, string[]>();
  for (const node of nodes.values()) questions.set(node.key, [node.key]);
  for (const set of org.sets) if (set.keys.length) questions.set(set.name, set.keys);
  for (const outer of org.sets) {
    const outerKeys = new Set(outer.keys);
    for (const inner of org.sets) {
      if (inner.keys.length === 0 || inner.keys.length >= outer.keys.length) continue;
      if (!inner.keys.every((key) => outerKeys.has(key))) continue;
      const innerKeys = new Set(inner.keys);
      questions.set(
        `${outer.name} − ${inner.name}`,
        outer.keys.filter((key) => !innerKeys.has(key)),
      );
    }
  }

  const cache = new Map<
    string,
    { min: number; max: number; truth: number; low: number; high: number }
  >();
  const perUnit = (unitId: string, keys: string[]) => {
    const id = `${unitId}|${[...keys].sort().join(',')}`;
    const hit = cache.get(id);
    if (hit) return hit;
    const { model, index } = models.get(unitId)!;
    const terms: Term[] = keys.map((key) => [index.get(key)!, 1]);
    const range = inferRange(model, bounds.get(unitId)!, terms, { probes: 2 * org.k });
    const truth = keys.reduce((sum, key) => sum + nodes.get(key)!.atom.count, 0);
    const rounded = keys.reduce((sum, key) => sum + nodes.get(key)!.atom.rounded, 0);
    // witnesses: the count k − 1 above its rounded value, and k − 1 below when it is not 0
    const up = witness(nodes, keys, org.k - 1, org.k);
    const downwards = rounded > 0 ? witness(nodes, keys, -(org.k - 1), org.k) : null;
    expect({ keys, up: up !== null }).toEqual({ keys, up: true });
    if (rounded > 0) expect({ keys, down: downwards !== null }).toEqual({ keys, down: true });
    const value = (w: Map<string, number>) => keys.reduce((sum, key) => sum + w.get(key)!, 0);
    const result = {
      ...range,
      truth,
      low: downwards ? value(downwards) : rounded,
      high: value(up!),
    };
    cache.set(id, result);
    return result;
  };

  for (const [name, keys] of questions) {
    const units = [...new Set(keys.map((key) => nodes.get(key)!.unitId))];
    let min = 0;
    let max = 0;
    let truth = 0;
    let low = 0;
    let high = 0;
    // units share no facts, so a sum over units ranges over the sum of the units' ranges
    for (const unitId of units) {
      const part = perUnit(
        unitId,
        keys.filter((key) => nodes.get(key)!.unitId === unitId),
      );
      min += part.min;
      max += part.max;
      truth += part.truth;
      low += part.low;
      high += part.high;
    }
    const report = { name, min, max, truth, low, high };
    // the attacker is sound: the truth and every witness stay inside its range …
    expect(report).toEqual({
      ...report,
      min: Math.min(min, truth, low),
      max: Math.max(max, truth, high),
    });
    // … and the true range (witnessed) holds at least k values, so the attacker fails
    expect({ name, values: high - low + 1 >= org.k }).toEqual({ name, values: true });
    expect({ name, attackerValues: max - min + 1 >= org.k }).toEqual({
      name,
      attackerValues: true,
    });
  }
}

describe('the attacker against sums of rounded atoms (property)', () => {
  it('never narrows a count on random organisations to fewer than k values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(3, 5),
        fc.constantFrom(67, 65),
        (seed, k, retirementAge) => check(organisation(seed, k, retirementAge)),
      ),
      { numRuns: 12 },
    );
  });
});
