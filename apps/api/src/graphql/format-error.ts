import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UserError } from '../common/errors/user-error';
import { isDatabaseUnavailable } from '../database/postgres-errors';
import { DATABASE_RESTARTING_MESSAGE } from '../http/database-unavailable';
import { rootLogger } from '../observability/logger';
import { currentRequest } from '../observability/request-context';

/** Errors of the GraphQL protocol itself (malformed queries and the like). */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * UserErrors (codes and Norwegian messages meant for the user) and protocol
 * errors pass through; anything else is logged and answered with a plain
 * message, so internals (SQL, stack traces) never reach the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  // the id of the request's log line, for the user to quote to support
  const request = currentRequest();
  const requestId: Record<string, string> = request ? { requestId: request.id } : {};
  if (original instanceof UserError || PROTOCOL_CODES.has(code)) {
    const extensions: Record<string, unknown> = { ...formatted.extensions, ...requestId };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  }
  const log = request?.log ?? rootLogger();
  if (isDatabaseUnavailable(original)) {
    log.warn({ err: original }, 'database unavailable during a GraphQL request');
    return {
      message: DATABASE_RESTARTING_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'SERVICE_UNAVAILABLE', ...requestId },
    };
  }
  log.error({ err: original }, 'unexpected error in a GraphQL request');
  return {
    message: 'Noe gikk galt hos oss. Prøv igjen om litt, eller kontakt brukerstøtte.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...requestId },
  };
}
