import type { NextFunction, Request, Response } from 'express';
import { currentRequest } from '../observability/request-context';

export const DATABASE_RESTARTING_MESSAGE =
  'Databasen er midlertidig utilgjengelig og startes på nytt. Prøv igjen om noen sekunder.';

/** Paths whose answers need the database (the web app's files and /health do not). */
const DATABASE_PATHS = ['/graphql', '/api/', '/auth/'];

/**
 * While the embedded database is known to be down (it died and is being restarted), requests
 * that need it are answered at once with 503, a Retry-After and a Norwegian message, instead
 * of each waiting for a connection that cannot come.
 */
export function refuseWhileDatabaseDown(isUp: () => boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isUp() || !DATABASE_PATHS.some((path) => req.path === path || req.path.startsWith(path))) {
      return next();
    }
    const requestId = currentRequest()?.id;
    res.status(503).setHeader('Retry-After', '5');
    if (req.path === '/graphql') {
      res.json({
        errors: [
          {
            message: DATABASE_RESTARTING_MESSAGE,
            extensions: { code: 'SERVICE_UNAVAILABLE', ...(requestId ? { requestId } : {}) },
          },
        ],
      });
    } else {
      res.json({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_RESTARTING_MESSAGE, requestId });
    }
  };
}
