import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from '../observability/metrics';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The bearer token in the Authorization header, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return !!match && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * GET /metrics in Prometheus' text format, only with `Authorization: Bearer <KP_METRICS_TOKEN>`.
 * Without a configured token the endpoint does not exist (404): the figures tell an outsider
 * how busy the service is and which operations it has.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.path !== '/metrics') return next();
    if (!token) {
      res.status(404).type('text/plain').send('Ikke funnet');
      return;
    }
    if (req.method !== 'GET') {
      res.status(405).set('Allow', 'GET').type('text/plain').send('Bare GET');
      return;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('Krever Authorization: Bearer <KP_METRICS_TOKEN>');
      return;
    }
    res.set('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** Observes every HTTP request's duration when its response has been sent. */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const { method, path } = req;
    res.once('finish', () =>
      metrics.observeHttp(method, path, res.statusCode, (performance.now() - started) / 1000),
    );
    next();
  };
}
