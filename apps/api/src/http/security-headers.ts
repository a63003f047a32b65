import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** HSTS and upgrade-insecure-requests: only where the service is reached over HTTPS. */
  https: boolean;
}

/**
 * The Content-Security-Policy the built web app runs under. Vite emits the app as external
 * module scripts and one stylesheet, with no inline script, so scripts need only 'self'.
 * Styles need no 'unsafe-inline' either: React and Recharts set inline styles through the
 * CSSOM (element.style), which CSP does not govern; only <style> elements and style=""
 * attributes in markup are, and the app ships none.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    // the SSO sign-in is a link and redirects, not a form; the sign-in form posts here
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers on every answer (the web app, /graphql, the REST routes, /health):
 * the CSP above, X-Content-Type-Options nosniff, no framing, no referrer to other sites,
 * cross-origin isolation of windows and resources, and HSTS only over HTTPS (a browser
 * that met HSTS on a plain-HTTP intranet address would lock itself out of it).
 * X-Powered-By is turned off where the Express app is created.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
    strictTransportSecurity: options.https
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    xPoweredBy: true,
  });
}

/**
 * The same headers, with a CSP that lets the GraphiQL page (development only; production
 * turns it off) load its scripts from unpkg and run its inline start-up script. Only for
 * `GET /graphql` asked for as HTML.
 */
export function graphiqlSecurityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const cdn = 'https://unpkg.com';
  const strict = securityHeaders(options);
  const relaxed = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...contentSecurityPolicy(options),
        'script-src': ["'self'", "'unsafe-inline'", cdn],
        'style-src': ["'self'", "'unsafe-inline'", cdn],
        'font-src': ["'self'", 'data:', cdn],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    const page =
      req.method === 'GET' &&
      req.path === '/graphql' &&
      !!req.headers.accept?.includes('text/html');
    return (page ? relaxed : strict)(req, res, next);
  };
}
