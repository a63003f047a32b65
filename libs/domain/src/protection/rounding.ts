// Random rounding of counts of people, for readers who may not see the people behind a figure
// (docs/gap-analysis.md, "Privacy: rounded figures"). Every count a reader sees is a sum of
// rounded atoms, so whatever answers are combined, a reader learns at most each atom's
// rounding interval, and that interval always holds at least k whole numbers.
//
// FTE (årsverk) is not rounded on its own: a person works at most one årsverk, so FTE and
// head count rounded apart would let a reader combine "at least 0,2 årsverk" with a head count
// rounded to 0 and learn that 1–4 people are there. Readers without access get FTE as the
// rounded head count times a public average position size (protection/figures.ts).
//
// Atoms form trees: the root is everyone employed in one unit (its own staff, not its
// sub-units), and each family of figures partitions a node into children (the holders of a
// competence by level pattern, the staff by profession, the appraisals of a cycle …), which
// may be partitioned again (by the year a holder reaches retirement age, for the retirement
// wave). The rounding is *controlled*: a node's children, rounded, add up exactly to the node
// rounded. That is what keeps figures of different families consistent. Two roundings of one
// group, or of a group and a group inside it, would otherwise let a reader intersect two
// intervals (a unit's 3 employees rounded down to 0 while its 3 holders of a competence are
// rounded up to 5 tells that both are 1–4 people).
//
// The rule for one count x and base k: floor x to a multiple
// of k, then add k with probability (x mod k) / k, so the expected value is x. A root draws
// its own uniform number. Children use systematic sampling: in a secret order, their
// remainders are laid end to end, and a child is rounded up when a point of the comb
// U, U + k, U + 2k, … falls in its stretch, with U the parent's number scaled to [0, k). Each
// child is then rounded up with probability remainder / k, and exactly as many are rounded up
// as make the parent's rounded count. A child's own number (for its children) is drawn in the
// part of [0, k) that agrees with whether it was rounded up, which keeps it uniform overall.
//
// Draws come from a function of a message: the API's is an HMAC with a secret of the region,
// so the same atom with the same count is rounded the same way in every answer, request and
// API instance. The rule itself is pure.

/** A uniform number in [0, 1) for a message; the same message always gives the same number. */
export interface Draws {
  uniform(message: string): number;
}

/**
 * x rounded to a multiple of base: down, or up with probability (x mod base) / base, decided
 * by the uniform number u in [0, 1). A multiple of base is never moved.
 */
export function roundUnbiased(value: number, base: number, u: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError('value must be a whole number >= 0');
  if (!Number.isInteger(base) || base < 1) throw new RangeError('base must be a whole number >= 1');
  const remainder = value % base;
  const floor = value - remainder;
  return remainder > 0 && u * base < remainder ? floor + base : floor;
}

/**
 * Every count that can round to `rounded` with base k: 0 → 0…k − 1, m·k → (m − 1)·k + 1 …
 * (m + 1)·k − 1. Always at least k whole numbers.
 */
export function roundingInterval(rounded: number, k: number): { min: number; max: number } {
  if (rounded % k !== 0 || rounded < 0) {
    throw new RangeError(`${rounded} is not a rounded count for k = ${k}`);
  }
  return { min: Math.max(0, rounded - k + 1), max: rounded + k - 1 };
}

/** A node of an atom tree: a group of people, and the ways its people are split further. */
export interface AtomNode {
  /** Stable and unique within the tree (it keys the draws). */
  key: string;
  /** People in the group. */
  count: number;
  partitions?: AtomPartition[];
}

/**
 * A split of a node's people into disjoint children. Children may add up to less than the
 * node: the rest is an implicit child `<node>/<partition>/~` (people the figures of that
 * partition never count, e.g. those who hold no level of the competence).
 */
export interface AtomPartition {
  name: string;
  children: AtomNode[];
}

export interface RoundedAtom {
  count: number;
  rounded: number;
}

export function restKey(node: Pick<AtomNode, 'key'>, partition: Pick<AtomPartition, 'name'>) {
  return `${node.key}/${partition.name}/~`;
}

function checkNode(node: AtomNode): void {
  if (!Number.isInteger(node.count) || node.count < 0) {
    throw new RangeError(`atom ${node.key}: count must be a whole number >= 0`);
  }
}

/**
 * Rounds a tree of atoms (controlled: children add up to their parent rounded). Returns every
 * node, the implicit rest children included, by key.
 */
export function roundAtomTree(root: AtomNode, k: number, draws: Draws): Map<string, RoundedAtom> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number >= 1');
  const out = new Map<string, RoundedAtom>();
  checkNode(root);
  const rootU = draws.uniform(`u|${root.key}|${root.count}`) * k;
  visit(root, roundUnbiased(root.count, k, rootU / k), rootU, k, draws, out);
  return out;
}

function visit(
  node: AtomNode,
  rounded: number,
  u: number,
  k: number,
  draws: Draws,
  out: Map<string, RoundedAtom>,
): void {
  if (out.has(node.key)) throw new RangeError(`atom key ${node.key} is used twice`);
  out.set(node.key, { count: node.count, rounded });
  for (const partition of node.partitions ?? []) {
    let listed = 0;
    for (const child of partition.children) {
      checkNode(child);
      listed += child.count;
    }
    if (listed > node.count) {
      throw new RangeError(`partition ${partition.name} of ${node.key} holds more than the node`);
    }
    const children: AtomNode[] = [...partition.children];
    if (listed < node.count)
      children.push({ key: restKey(node, partition), count: node.count - listed });
    const ordered = children
      .map((child) => ({ child, order: draws.uniform(`o|${child.key}`) }))
      .sort((a, b) => a.order - b.order || (a.child.key < b.child.key ? -1 : 1));
    // The comb U, U + k, U + 2k, …: a child is rounded up when a tooth falls in its stretch
    // [start, start + remainder) of the remainders laid end to end.
    let start = 0;
    for (const { child } of ordered) {
      const remainder = child.count % k;
      const firstTooth = u + k * Math.ceil((start - u) / k);
      const up = remainder > 0 && firstTooth < start + remainder;
      start += remainder;
      let childU = 0;
      if (child.partitions?.length) {
        const v = draws.uniform(`u|${child.key}|${child.count}`);
        childU = up ? v * remainder : remainder + v * (k - remainder);
      }
      visit(child, child.count - remainder + (up ? k : 0), childU, k, draws, out);
    }
  }
}
