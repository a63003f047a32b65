import { HeavyWorkLimiter, heavyWorkOptions } from './heavy-work';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('HeavyWorkLimiter', () => {
  it('runs at most `permits` at once and queues the rest', async () => {
    const limiter = new HeavyWorkLimiter({ permits: 2, maxQueuedPerCaller: 10, maxWaitMs: 5_000 });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limiter.run('a', async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.state()).toEqual({ running: 2, waiting: 1 });
    gates[0].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[1].resolve();
    gates[2].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limiter.state()).toEqual({ running: 0, waiting: 0 });
  });

  it('gives a freed slot to the caller with the fewest running, not to the flood', async () => {
    const limiter = new HeavyWorkLimiter({ permits: 2, maxQueuedPerCaller: 20, maxWaitMs: 5_000 });
    const gate = deferred();
    const order: string[] = [];
    const flood = Array.from({ length: 6 }, (_, i) =>
      limiter.run('flood', async () => {
        order.push(`flood${i}`);
        await gate.promise;
      }),
    );
    await tick();
    const other = limiter.run('other', async () => {
      order.push('other');
    });
    // both slots are the flood's; the other caller waits behind four queued flood requests
    gate.resolve();
    await Promise.all([...flood, other]);
    expect(order.indexOf('other')).toBe(2);
  });

  it('refuses at once when one caller has too many waiting, with BUSY in Norwegian', async () => {
    const limiter = new HeavyWorkLimiter({ permits: 1, maxQueuedPerCaller: 2, maxWaitMs: 5_000 });
    const gate = deferred();
    const runs = [0, 1, 2].map(() => limiter.run('a', () => gate.promise));
    const refused = limiter.run('a', async () => undefined);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'BUSY' } });
    await expect(refused).rejects.toThrow('høyst 2');
    // another caller may still queue
    const other = limiter.run('b', async () => 'b');
    gate.resolve();
    await Promise.all(runs);
    expect(await other).toBe('b');
  });

  it('refuses a request that waited too long, and frees its place', async () => {
    const limiter = new HeavyWorkLimiter({ permits: 1, maxQueuedPerCaller: 5, maxWaitMs: 20 });
    const gate = deferred();
    const first = limiter.run('a', () => gate.promise);
    await expect(limiter.run('b', async () => undefined)).rejects.toMatchObject({
      extensions: { code: 'BUSY' },
    });
    expect(limiter.state()).toEqual({ running: 1, waiting: 0 });
    gate.resolve();
    await first;
  });

  it('releases the slot when the work fails', async () => {
    const limiter = new HeavyWorkLimiter({ permits: 1, maxQueuedPerCaller: 5, maxWaitMs: 1_000 });
    await expect(
      limiter.run('a', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await limiter.run('a', async () => 'next')).toBe('next');
  });
});

describe('heavyWorkOptions', () => {
  it.each([
    [10, undefined, 2],
    [4, undefined, 1],
    [1, undefined, 1],
    [20, undefined, 5],
    [10, 3, 3],
  ])('pool %i, configured %p → %i slots', (pool, configured, permits) => {
    expect(heavyWorkOptions(pool, configured).permits).toBe(permits);
  });
});
