import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export interface RequestContext {
  id: string;
  log: Logger;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current request's id and logger, where code runs on behalf of a request. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Letters, digits and . _ : - only, at most 64 characters: safe to log and to echo. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * A request id: the caller's X-Request-Id when it is sane (a proxy or client that already
 * made one, so both logs agree), otherwise a new UUID.
 */
export function requestIdFor(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
