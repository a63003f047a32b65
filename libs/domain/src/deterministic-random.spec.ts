import { createRandom, hashSeed } from './deterministic-random';

// An independent mulberry32 in BigInt arithmetic modulo 2^32: no Math.imul, no int32
// coercion. If the fast version ever depended on engine-specific behaviour the two would part.
function referenceMulberry32(seed: number): () => number {
  const M = 2n ** 32n;
  const u32 = (x: bigint) => ((x % M) + M) % M;
  const mul = (a: bigint, b: bigint) => u32(a * b);
  let state = BigInt(seed >>> 0);
  return () => {
    state = u32(state + 0x6d2b79f5n);
    let t = state;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = t ^ u32(t + mul(t ^ (t >> 7n), t | 61n));
    return Number(t ^ (t >> 14n)) / 4294967296;
  };
}

describe('createRandom', () => {
  it.each([0, 1, 42, 2026, 0xffffffff, -7])(
    'seed %i matches the reference for 1000 draws',
    (seed) => {
      const random = createRandom(seed);
      const reference = referenceMulberry32(seed);
      for (let i = 0; i < 1000; i += 1) expect(random.next()).toBe(reference());
    },
  );

  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom('gjovikregionen');
    const b = createRandom('gjovikregionen');
    const c = createRandom('gjovikregionen2');
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('draws in [0, 1)', () => {
    const random = createRandom(9);
    for (let i = 0; i < 10000; i += 1) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('uses the string seed through its hash', () => {
    const byString = createRandom('abc');
    const byNumber = createRandom(hashSeed('abc'));
    expect(byString.next()).toBe(byNumber.next());
  });

  it('rejects a non-finite seed', () => {
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});

describe('hashSeed (FNV-1a 32-bit)', () => {
  // Published FNV-1a test vectors.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %i', (text, expected) => {
    expect(hashSeed(text)).toBe(expected);
  });
});

describe('int', () => {
  it('stays within both ends and reaches both', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const x = random.int(-2, 2);
      expect(x).toBeGreaterThanOrEqual(-2);
      expect(x).toBeLessThanOrEqual(2);
      seen.add(x);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('returns the only value of a one-value range', () => {
    expect(createRandom(1).int(5, 5)).toBe(5);
  });

  it.each([
    [3, 2],
    [0.5, 2],
  ])('rejects int(%d, %d)', (min, max) => {
    expect(() => createRandom(1).int(min, max)).toThrow(RangeError);
  });

  it('maps next() onto the range: floor(next × size) + min', () => {
    const reference = referenceMulberry32(11);
    const expected = Math.floor(reference() * 6) + 1;
    expect(createRandom(11).int(1, 6)).toBe(expected);
  });
});

describe('pick, weightedPick, chance', () => {
  it('picks from the list', () => {
    const random = createRandom(5);
    for (let i = 0; i < 100; i += 1)
      expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
  });

  it('refuses an empty list', () => {
    expect(() => createRandom(5).pick([])).toThrow(RangeError);
  });

  it('never picks a zero weight', () => {
    const random = createRandom(8);
    const entries = [
      { value: 'never', weight: 0 },
      { value: 'often', weight: 3 },
      { value: 'sometimes', weight: 1 },
    ];
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i += 1) {
      const v = random.weightedPick(entries);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    // 3 : 1 → about 3000 and 1000; a wide margin keeps this from being flaky across seeds.
    expect(counts.get('often')).toBeGreaterThan(2700);
    expect(counts.get('sometimes')).toBeGreaterThan(800);
  });

  it.each([
    [[], 'positive total'],
    [[{ value: 'x', weight: 0 }], 'positive total'],
    [[{ value: 'x', weight: -1 }], '>= 0'],
  ])('weightedPick rejects %j', (entries, message) => {
    expect(() => createRandom(1).weightedPick(entries)).toThrow(message);
  });

  it('chance(0) never and chance(1) always', () => {
    const random = createRandom(2);
    for (let i = 0; i < 200; i += 1) {
      expect(random.chance(0)).toBe(false);
      expect(random.chance(1)).toBe(true);
    }
  });

  it('rejects a probability outside [0, 1]', () => {
    expect(() => createRandom(1).chance(1.5)).toThrow(RangeError);
    expect(() => createRandom(1).chance(Number.NaN)).toThrow(RangeError);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(4).shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('is deterministic for a seed', () => {
    expect(createRandom('x').shuffle(['a', 'b', 'c', 'd'])).toEqual(
      createRandom('x').shuffle(['a', 'b', 'c', 'd']),
    );
  });

  it('does Fisher–Yates from the end: with 2 items one draw of int(0, 1) decides', () => {
    const reference = referenceMulberry32(21);
    const j = Math.floor(reference() * 2);
    expect(createRandom(21).shuffle(['a', 'b'])).toEqual(j === 1 ? ['a', 'b'] : ['b', 'a']);
  });
});
