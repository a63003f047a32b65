import type { Request } from 'express';
import type { Actor } from './roles';

export const SESSION_COOKIE = 'kp_session';
export const CSRF_COOKIE = 'kp_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** How the current request is authenticated, if at all. */
export interface RequestAuth {
  actor: Actor | null;
  via: 'cookie' | 'bearer' | null;
  sessionId: string | null;
  csrfToken: string | null;
}

export const ANONYMOUS: RequestAuth = { actor: null, via: null, sessionId: null, csrfToken: null };

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The bearer token (API clients) or the session cookie (the web app). */
export function presentedToken(req: Request): { token: string; via: 'cookie' | 'bearer' } | null {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    return { token: authorization.slice('Bearer '.length).trim(), via: 'bearer' };
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
