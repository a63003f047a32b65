import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestIdFor, runInRequestContext } from './request-context';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Set by the GraphQL plugins so the request's log line names the operation. */
export interface LoggedRequest extends IncomingMessage {
  graphqlOperation?: string;
}

/** The path alone: query strings can carry codes (the SSO callback) and search words. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

/**
 * One JSON line per finished request (id, method, path, status, time; never bodies, cookies
 * or tokens), the id in the X-Request-Id response header, and the id and a child logger
 * available to code that runs for the request (currentRequest()).
 */
export function httpLogging(logger: Logger) {
  const middleware = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    // a 5xx answer is not an exception here: its cause, if any, was logged where it happened
    customErrorObject: (_req, _res, error, logged: Record<string, unknown>) =>
      error.message.startsWith('failed with status code') ? { ...logged, err: undefined } : logged,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'ms' },
    // the request id goes on every line logged for the request, once
    quietReqLogger: true,
    serializers: {
      req: (req: { method?: string; url?: string }) => ({
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customProps: (req: LoggedRequest) =>
      req.graphqlOperation ? { operation: req.graphqlOperation } : {},
  });
  return (req: Request, res: Response, next: NextFunction) => {
    middleware(req, res);
    runInRequestContext({ id: res.getHeader(REQUEST_ID_HEADER) as string, log: req.log }, next);
  };
}
