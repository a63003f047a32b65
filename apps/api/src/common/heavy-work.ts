import { UserError } from './errors/user-error';

export interface HeavyWorkOptions {
  /** How many heavy computations run at once in this API instance. */
  permits: number;
  /** How many one caller may have waiting; more are refused at once. */
  maxQueuedPerCaller: number;
  /** How long a computation may wait for a slot before it is refused. */
  maxWaitMs: number;
}

interface Waiter {
  caller: string;
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Heavy computations (the gap engine, the workforce views, statistics, exports) share a few
 * slots, so however many of them arrive, the database pool keeps connections for everything
 * else: sign-in, forms, saves and /health. A freed slot goes to the waiting caller with the
 * fewest computations running, so one caller's flood cannot starve another caller's page.
 */
export class HeavyWorkLimiter {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(readonly options: HeavyWorkOptions) {}

  async run<T>(caller: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(caller);
    try {
      return await work();
    } finally {
      this.release(caller);
    }
  }

  /** Figures for tests and metrics. */
  state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  private acquire(caller: string): Promise<void> {
    if (this.running < this.options.permits && this.queue.length === 0) {
      this.take(caller);
      return Promise.resolve();
    }
    const waiting = this.queue.filter((waiter) => waiter.caller === caller).length;
    if (waiting >= this.options.maxQueuedPerCaller) {
      return Promise.reject(
        new UserError(
          'BUSY',
          `Du har allerede ${waiting} tunge beregninger som venter (høyst ${this.options.maxQueuedPerCaller}). Vent til de er ferdige, og prøv igjen.`,
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        caller,
        start: () => {
          clearTimeout(waiter.timer);
          this.take(caller);
          resolve();
        },
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(
            new UserError(
              'BUSY',
              `Tjenesten er opptatt med mange tunge beregninger akkurat nå, og denne fikk ikke starte innen ${Math.round(this.options.maxWaitMs / 1000)} sekunder. Prøv igjen om litt.`,
            ),
          );
        }, this.options.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private take(caller: string): void {
    this.running += 1;
    this.runningBy.set(caller, (this.runningBy.get(caller) ?? 0) + 1);
  }

  private release(caller: string): void {
    this.running -= 1;
    const left = (this.runningBy.get(caller) ?? 1) - 1;
    if (left > 0) this.runningBy.set(caller, left);
    else this.runningBy.delete(caller);
    while (this.running < this.options.permits && this.queue.length > 0) {
      this.next().start();
    }
  }

  /** The earliest waiter among the callers with the fewest computations running. */
  private next(): Waiter {
    let best = 0;
    let bestRunning = Infinity;
    this.queue.forEach((waiter, index) => {
      const running = this.runningBy.get(waiter.caller) ?? 0;
      if (running < bestRunning) {
        best = index;
        bestRunning = running;
      }
    });
    return this.queue.splice(best, 1)[0];
  }
}

/**
 * Slots: KP_HEAVY_CONCURRENCY, or a quarter of the pool (at least one), so three quarters of
 * the connections stay free for other work.
 */
export function heavyWorkOptions(poolSize: number, permits?: number): HeavyWorkOptions {
  return {
    permits: permits ?? Math.max(1, Math.floor(poolSize / 4)),
    maxQueuedPerCaller: 20,
    maxWaitMs: 30_000,
  };
}
