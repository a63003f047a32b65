import type { Request } from 'express';
import type { RequestAuth } from './request-auth';
import type { RequestOrigin } from './roles';

/**
 * Where a request came from, for the audit log: its session's id (never the token) and the
 * client's address. `req.ip` honours X-Forwarded-For only from the proxies KP_TRUST_PROXY
 * names (config.ts).
 */
export function requestOrigin(req: Request, auth: Pick<RequestAuth, 'sessionId'>): RequestOrigin {
  return { sessionId: auth.sessionId, address: req.ip ?? null };
}
