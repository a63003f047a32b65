import { createServer } from 'node:net';

/** Resolves when the port can be bound; rejects with EADDRINUSE otherwise. */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
