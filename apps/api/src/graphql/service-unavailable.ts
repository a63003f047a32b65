import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/postgres-errors';
import { DATABASE_RESTARTING_MESSAGE } from '../http/database-unavailable';

/**
 * A failure to build the request context (the session lookup) makes Apollo answer 500; when
 * the cause is a database that is away, the answer is 503 with the Norwegian message instead.
 */
export function databaseUnavailableAs503(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError(DATABASE_RESTARTING_MESSAGE, {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
