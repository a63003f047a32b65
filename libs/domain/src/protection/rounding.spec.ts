import fc from 'fast-check';
import { seededDraws } from '../testing/seeded-draws';
import {
  type AtomNode,
  restKey,
  roundAtomTree,
  roundingInterval,
  roundUnbiased,
  type Draws,
} from './rounding';

describe('roundUnbiased', () => {
  it.each([
    // value, base, u, expected
    [0, 5, 0, 0],
    [0, 5, 0.99, 0],
    [5, 5, 0, 5],
    [10, 5, 0.5, 10],
    [3, 5, 0.59, 5], // up when u · 5 < 3
    [3, 5, 0.6, 0],
    [121, 5, 0.19, 125], // remainder 1: up when u < 0,2
    [121, 5, 0.2, 120],
    [4, 5, 0.79, 5],
    [4, 5, 0.8, 0],
    [7, 3, 0.3, 9],
    [7, 3, 0.34, 6],
  ])('rounds %d to base %d with u = %d to %d', (value, base, u, expected) => {
    expect(roundUnbiased(value, base, u)).toBe(expected);
  });

  it('refuses what is not a count', () => {
    expect(() => roundUnbiased(-1, 5, 0)).toThrow(RangeError);
    expect(() => roundUnbiased(1.5, 5, 0)).toThrow(RangeError);
    expect(() => roundUnbiased(3, 0, 0)).toThrow(RangeError);
  });
});

describe('roundingInterval', () => {
  it.each([
    [0, 5, 0, 4],
    [5, 5, 1, 9],
    [10, 5, 6, 14],
    [120, 5, 116, 124],
    [0, 3, 0, 2],
    [3, 3, 1, 5],
  ])('%d with k = %d comes from %d … %d', (rounded, k, min, max) => {
    expect(roundingInterval(rounded, k)).toEqual({ min, max });
    expect(max - min + 1).toBeGreaterThanOrEqual(k);
  });

  it('holds every count that can round to the value', () => {
    for (let k = 1; k <= 7; k += 1) {
      for (let x = 0; x < 40; x += 1) {
        for (const u of [0, 0.2, 0.5, 0.99]) {
          const { min, max } = roundingInterval(roundUnbiased(x, k, u), k);
          expect(x).toBeGreaterThanOrEqual(min);
          expect(x).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('refuses a value that is not a multiple of k', () => {
    expect(() => roundingInterval(7, 5)).toThrow(RangeError);
  });
});

/** A random tree: counts, partitions whose children add up to at most the node. */
const tree = (depth: number, key: string): fc.Arbitrary<AtomNode> =>
  fc.integer({ min: 0, max: 40 }).chain((count) =>
    depth === 0
      ? fc.constant({ key, count })
      : fc
          .array(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 5 }), { maxLength: 3 })
          .chain((partitions) =>
            fc.tuple(
              ...partitions.map((weights, p) => {
                const total = weights.reduce((a, b) => a + b, 0) || 1;
                // children take shares of the node (the rest stays implicit)
                const counts = weights.map((w) => Math.floor((count * w) / total / 1.2));
                return fc
                  .tuple(
                    ...counts.map((c, i) =>
                      tree(depth - 1, `${key}/${p}/${i}`).map((child) =>
                        // keep the drawn shape below, but the count that fits the parent
                        scale(child, c),
                      ),
                    ),
                  )
                  .map((children) => ({ name: `p${p}`, children }));
              }),
            ),
          )
          .map((partitions) => ({ key, count, partitions })),
  );

/** The child's own tree with its count set to `count` and its partitions shrunk to fit. */
function scale(node: AtomNode, count: number): AtomNode {
  return {
    key: node.key,
    count,
    partitions: node.partitions?.map((p) => {
      const total = p.children.reduce((a, c) => a + c.count, 0) || 1;
      return {
        name: p.name,
        children: p.children.map((c) => scale(c, Math.floor((c.count * count) / total / 1.2))),
      };
    }),
  };
}

function walk(node: AtomNode, visit: (node: AtomNode) => void): void {
  visit(node);
  for (const p of node.partitions ?? []) for (const c of p.children) walk(c, visit);
}

describe('roundAtomTree', () => {
  const draws: Draws = seededDraws('rounding');

  it('rounds a lone group like roundUnbiased with its own draw', () => {
    const rounded = roundAtomTree({ key: 'u:a', count: 7 }, 5, draws);
    expect(rounded.get('u:a')!.count).toBe(7);
    expect([5, 10]).toContain(rounded.get('u:a')!.rounded);
  });

  it('gives the same answer every time (draws are a function of the message)', () => {
    const node: AtomNode = {
      key: 'u:x',
      count: 23,
      partitions: [
        {
          name: 'c',
          children: [
            { key: 'u:x/c/1', count: 7 },
            { key: 'u:x/c/2', count: 9 },
          ],
        },
      ],
    };
    const a = roundAtomTree(node, 5, seededDraws('same'));
    const b = roundAtomTree(node, 5, seededDraws('same'));
    expect([...a]).toEqual([...b]);
  });

  it('adds the implicit rest child, and children add up to the parent rounded', () => {
    const node: AtomNode = {
      key: 'u:y',
      count: 13,
      partitions: [
        {
          name: 'c',
          children: [
            { key: 'u:y/c/a', count: 3 },
            { key: 'u:y/c/b', count: 4 },
          ],
        },
      ],
    };
    for (let seed = 0; seed < 50; seed += 1) {
      const r = roundAtomTree(node, 5, seededDraws(seed));
      const rest = r.get(restKey(node, { name: 'c' }))!;
      expect(rest.count).toBe(6);
      expect(r.get('u:y/c/a')!.rounded + r.get('u:y/c/b')!.rounded + rest.rounded).toBe(
        r.get('u:y')!.rounded,
      );
    }
  });

  it('refuses children that hold more than their parent, and repeated keys', () => {
    expect(() =>
      roundAtomTree(
        { key: 'r', count: 2, partitions: [{ name: 'p', children: [{ key: 'r/a', count: 3 }] }] },
        5,
        draws,
      ),
    ).toThrow(RangeError);
    expect(() =>
      roundAtomTree(
        {
          key: 'r',
          count: 4,
          partitions: [
            { name: 'p', children: [{ key: 'r/a', count: 1 }] },
            { name: 'q', children: [{ key: 'r/a', count: 1 }] },
          ],
        },
        5,
        draws,
      ),
    ).toThrow(RangeError);
  });

  it('rounds every node to a neighbouring multiple of k, and every partition adds up (property)', () => {
    fc.assert(
      fc.property(tree(2, 'u:t'), fc.integer({ min: 2, max: 7 }), fc.string(), (root, k, seed) => {
        const rounded = roundAtomTree(root, k, seededDraws(seed));
        walk(root, (node) => {
          const r = rounded.get(node.key)!;
          const floor = node.count - (node.count % k);
          expect(r.rounded % k).toBe(0);
          expect(r.rounded === floor || r.rounded === floor + k).toBe(true);
          if (node.count % k === 0) expect(r.rounded).toBe(node.count);
          for (const p of node.partitions ?? []) {
            const listed = p.children.reduce((sum, c) => sum + rounded.get(c.key)!.rounded, 0);
            const rest = rounded.get(restKey(node, p))?.rounded ?? 0;
            expect(listed + rest).toBe(r.rounded);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is unbiased: over many groups the rounded counts average the true ones', () => {
    // 4 000 units of 3 people each, split 1 + 2: each rounds up with probability 3/5, and
    // each child with probability 1/5 and 2/5
    let parents = 0;
    let first = 0;
    let second = 0;
    const n = 4000;
    for (let i = 0; i < n; i += 1) {
      const r = roundAtomTree(
        {
          key: `u:${i}`,
          count: 3,
          partitions: [
            {
              name: 'c',
              children: [
                { key: `u:${i}/c/a`, count: 1 },
                { key: `u:${i}/c/b`, count: 2 },
              ],
            },
          ],
        },
        5,
        draws,
      );
      parents += r.get(`u:${i}`)!.rounded;
      first += r.get(`u:${i}/c/a`)!.rounded;
      second += r.get(`u:${i}/c/b`)!.rounded;
    }
    // expected 3, 1 and 2 per unit; the standard error of a mean of n draws of 0/5 is < 0,04
    expect(Math.abs(parents / n - 3)).toBeLessThan(0.2);
    expect(Math.abs(first / n - 1)).toBeLessThan(0.2);
    expect(Math.abs(second / n - 2)).toBeLessThan(0.2);
  });

  it('rounds grandchildren without bias too (a child’s draw stays uniform)', () => {
    let leaves = 0;
    const n = 4000;
    for (let i = 0; i < n; i += 1) {
      const r = roundAtomTree(
        {
          key: `g:${i}`,
          count: 6,
          partitions: [
            {
              name: 'c',
              children: [
                {
                  key: `g:${i}/c/a`,
                  count: 4,
                  partitions: [{ name: 'f', children: [{ key: `g:${i}/c/a/f/1`, count: 3 }] }],
                },
              ],
            },
          ],
        },
        5,
        draws,
      );
      leaves += r.get(`g:${i}/c/a/f/1`)!.rounded;
    }
    expect(Math.abs(leaves / n - 3)).toBeLessThan(0.2);
  });
});
