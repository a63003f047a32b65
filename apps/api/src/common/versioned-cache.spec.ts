import { VersionedCache } from './versioned-cache';

/** A data version that the test moves, and a computation that counts its calls. */
function fixture() {
  const state = { version: 1, computed: 0 };
  const version = async () => String(state.version);
  const compute = async () => {
    state.computed += 1;
    return { computedAt: state.version, call: state.computed };
  };
  return { state, version, compute };
}

describe('VersionedCache', () => {
  it('reuses a result while the version stays the same', async () => {
    const cache = new VersionedCache<{ call: number }>(10);
    const { state, version, compute } = fixture();
    const first = await cache.get('a', version, compute);
    expect(await cache.get('a', version, compute)).toBe(first);
    expect(state.computed).toBe(1);
  });

  it('computes again after the version moves, and per key', async () => {
    const cache = new VersionedCache<{ call: number }>(10);
    const { state, version, compute } = fixture();
    await cache.get('a', version, compute);
    await cache.get('b', version, compute);
    state.version = 2;
    expect(await cache.get('a', version, compute)).toEqual({ computedAt: 2, call: 3 });
    expect(state.computed).toBe(3);
  });

  it('keeps nothing computed while the version moved (a change committed meanwhile)', async () => {
    const cache = new VersionedCache<{ computedAt: number; call: number }>(10);
    const { state, version, compute } = fixture();
    // the computation read version 1's data, but version 2 committed before it ended
    const overtaken = async () => {
      const result = await compute();
      state.version = 2;
      return result;
    };
    expect(await cache.get('a', version, overtaken)).toEqual({ computedAt: 1, call: 1 });
    expect(await cache.get('a', version, compute)).toEqual({ computedAt: 2, call: 2 });
    expect(await cache.get('a', version, compute)).toEqual({ computedAt: 2, call: 2 });
  });

  it('holds at most the given number of results', async () => {
    const cache = new VersionedCache<{ call: number }>(2);
    const { state, version, compute } = fixture();
    for (const key of ['a', 'b', 'c', 'a']) await cache.get(key, version, compute);
    expect(state.computed).toBe(4);
  });
});
