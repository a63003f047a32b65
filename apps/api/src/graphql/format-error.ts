import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UserError } from '../common/errors/user-error';

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
  if (original instanceof UserError || PROTOCOL_CODES.has(code)) {
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  }
  console.error('Unexpected error in GraphQL request:', original);
  return {
    message: 'Noe gikk galt hos oss. Prøv igjen om litt, eller kontakt brukerstøtte.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
