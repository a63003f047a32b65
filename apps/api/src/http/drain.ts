import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Graceful shutdown of the HTTP side: counts requests in flight; on drain() the server stops
 * accepting connections, idle keep-alive connections are closed, answers still being worked
 * on are finished (with `Connection: close`), and after `timeoutMs` whatever is left is cut.
 */
export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private idle: (() => void) | undefined;

  middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    // decided when the answer starts: a request that arrived before the drain ends its
    // connection too, so the client opens the next one to another instance
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      if (this.draining && !res.headersSent) res.setHeader('Connection', 'close');
      return writeHead(...args);
    }) as Response['writeHead'];
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) this.idle?.();
    };
    res.once('finish', finished);
    res.once('close', finished);
    next();
  };

  get pending(): number {
    return this.inFlight;
  }

  /** Resolves with the number of requests that had to be cut off (0 when all finished). */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (this.idle = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    const cut = this.inFlight;
    server.closeAllConnections();
    await closed;
    return cut;
  }
}
