// The rules for the REST routes (imports, exports), matching what the GraphQL side does: the
// same sessions (bearer token or cookie), the same codes and Norwegian messages, and for
// cookie-authenticated requests that change data the same double-submit CSRF check.

import type { Request, Response } from 'express';
import type { AuthService } from '../auth/auth.service';
import { assertCsrf } from '../auth/csrf';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { rootLogger } from '../observability/logger';
import { currentRequest } from '../observability/request-context';

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/**
 * The caller, or a UserError. `csrf`: a cookie-authenticated request must echo the session's
 * CSRF token in x-csrf-token (a cross-site form can send the cookie but not the header).
 */
export async function authenticateRest(
  auth: AuthService,
  req: Request,
  options: { csrf: boolean },
): Promise<Actor> {
  const result = await auth.authenticate(req);
  if (!result.actor) throw UserError.unauthenticated();
  if (options.csrf) assertCsrf(result, req);
  return result.actor;
}

/** One query parameter as a string (the first, if repeated). */
export function queryParam(req: Request, name: string): string | null {
  const value = (req.query as Record<string, unknown>)[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

export function requireMunicipalityNumber(req: Request): string {
  const number = queryParam(req, 'municipality')?.trim() ?? '';
  if (!/^\d{4}$/.test(number)) {
    throw UserError.field(
      'municipality',
      'INVALID_MUNICIPALITY',
      'Oppgi kommunen med kommunenummer, for eksempel municipality=3407.',
    );
  }
  return number;
}

/** How long an early answer waits for the client to read it before hanging up. */
const HANG_UP_AFTER_MS = 2_000;

/**
 * For an answer given before the request body has been read (refused, or over the size
 * limit): the rest of the upload is not read into anything, and the connection is closed
 * shortly after the answer. Closing at once would reset the connection while the client is
 * still sending, and many clients then lose the answer; for that short moment what arrives
 * is thrown away.
 */
export function hangUpAfterAnswer(req: Request, res: Response): void {
  res.once('finish', () => {
    if (req.complete) return;
    req.unpipe();
    req.resume();
    const timer = setTimeout(() => req.socket?.destroy(), HANG_UP_AFTER_MS);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
  });
}

/**
 * Answers with the error's code and Norwegian message. `bodyUnread` when the request body has
 * not been read: see hangUpAfterAnswer.
 */
export function sendRestError(
  req: Request,
  res: Response,
  error: unknown,
  bodyUnread: boolean,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (bodyUnread) hangUpAfterAnswer(req, res);
  if (error instanceof UserError) {
    const code =
      typeof error.extensions.code === 'string' ? error.extensions.code : 'BAD_USER_INPUT';
    const fields = error.extensions.fields as unknown[] | undefined;
    res.status(STATUS_BY_CODE[code] ?? 400).json({
      code,
      message: error.message,
      ...(fields && fields.length > 0 ? { fields } : {}),
    });
    return;
  }
  const request = currentRequest();
  (request?.log ?? rootLogger()).error({ err: error }, 'unexpected error in a REST request');
  res.status(500).json({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Noe gikk galt hos oss. Prøv igjen om litt, eller kontakt brukerstøtte.',
    ...(request ? { requestId: request.id } : {}),
  });
}
