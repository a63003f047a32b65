import { isApiError } from './api-error';

/**
 * Keys in the message files for errors whose own text is not fit to show
 * (technical, English or absent). Kept as a union so a missing key fails
 * the type check of the caller that passes it to `t()`.
 */
export type ErrorMessageKey =
  | 'errors.network'
  | 'errors.server'
  | 'errors.badInput'
  | 'errors.notFound'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.conflict'
  | 'errors.outdated'
  | 'errors.unknown';

export type ErrorMessage = { text: string } | { key: ErrorMessageKey };

const KEY_BY_CODE: Record<string, ErrorMessageKey> = {
  NETWORK_ERROR: 'errors.network',
  HTTP_ERROR: 'errors.server',
  INVALID_RESPONSE: 'errors.server',
  INTERNAL_SERVER_ERROR: 'errors.server',
  BAD_USER_INPUT: 'errors.badInput',
  NOT_FOUND: 'errors.notFound',
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  CONFLICT: 'errors.conflict',
  GRAPHQL_PARSE_FAILED: 'errors.outdated',
  GRAPHQL_VALIDATION_FAILED: 'errors.outdated',
  BAD_REQUEST: 'errors.outdated',
  PERSISTED_QUERY_NOT_FOUND: 'errors.outdated',
  OPERATION_RESOLUTION_FAILURE: 'errors.outdated',
};

/**
 * What to tell the user about an error: the API's own Norwegian message
 * where it wrote one for the user, otherwise a message-file key by code.
 */
export function errorMessage(error: unknown): ErrorMessage {
  if (!isApiError(error)) return { key: 'errors.unknown' };
  if (error.userFacing) return { text: error.message };
  return { key: KEY_BY_CODE[error.code] ?? 'errors.unknown' };
}
