import type { Server } from 'node:http';

/** Idle keep-alive connections are kept this long: longer than a proxy's idle timeout (60 s). */
export const KEEP_ALIVE_MS = 65_000;

/**
 * Keep-alive that outlives its clients' idea of it. Node closes an idle connection after 5 s
 * by default; a client (a proxy, the browser, undici) that reuses the connection in the same
 * moment gets "other side closed" for a request the server never saw. The side that closes
 * first must be the client: proxies close after 60 s, so the server waits longer, and the
 * header timeout must exceed the keep-alive timeout (Node's rule).
 */
export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
