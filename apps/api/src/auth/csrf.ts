import type { Request } from 'express';
import { UserError } from '../common/errors/user-error';
import { CSRF_HEADER, type RequestAuth } from './request-auth';
import { sameSecret } from './tokens';

export const CSRF_REJECTED = 'CSRF_REJECTED';

/**
 * Double-submit protection for requests that change data with the cookie: the web app echoes
 * the readable kp_csrf cookie in the x-csrf-token header, which a cross-site page can neither
 * read nor set. Bearer-token clients are exempt (a browser never attaches the token by
 * itself). Used by the GraphQL plugin and the REST routes alike; both answer 403.
 */
export function assertCsrf(auth: Pick<RequestAuth, 'via' | 'csrfToken'>, req: Request): void {
  if (auth.via !== 'cookie') return;
  const presented = req.headers[CSRF_HEADER];
  if (typeof presented !== 'string' || !auth.csrfToken || !sameSecret(presented, auth.csrfToken)) {
    throw csrfRejected();
  }
}

export function csrfRejected(): UserError {
  const error = new UserError(
    CSRF_REJECTED,
    'Forespørselen ble avvist av sikkerhetshensyn. Last siden på nytt og prøv igjen.',
  );
  // Apollo Server answers with this status (and leaves `http` out of the response body).
  error.extensions.http = { status: 403 };
  return error;
}
