import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UserError } from '../common/errors/user-error';
import { isDatabaseUnavailable } from '../database/postgres-errors';
import { DATABASE_RESTARTING_MESSAGE } from '../http/database-unavailable';
import { rootLogger } from '../observability/logger';
import { currentRequest } from '../observability/request-context';
import { isDataException, isStatementTimeout } from '../database/postgres-errors';
import { translateCoercionError } from './coercion-errors';
import { isTokenLimitError, QUERY_LIMITS, queryTooComplex } from './query-limits';

/** Errors of the GraphQL protocol itself (malformed queries and the like). */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // the request limits (query-limits.ts, heavy-work.ts)
  'QUERY_TOO_COMPLEX',
  'BUSY',
]);

/** Codes whose graphql-js messages about values get a Norwegian wording (coercion-errors.ts). */
const TRANSLATED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

const BATCHING_DISABLED = 'Operation batching disabled.';

/** graphql-js adds "Did you mean …?" to some messages, which names schema parts to guess at. */
const SUGGESTION = / ?Did you mean (.+?)\?$/;

export interface FormatErrorOptions {
  /** Production: no "Did you mean" hints (they reveal the schema when introspection is off). */
  hideSuggestions: boolean;
  /** statement_timeout in milliseconds, for the message when it is hit. */
  statementTimeoutMs: number;
}

function seconds(ms: number): string {
  return (ms / 1000).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}

function timeoutError(formatted: GraphQLFormattedError, timeoutMs: number): GraphQLFormattedError {
  return {
    message: `Forespørselen tok for lang tid og ble stoppet etter ${seconds(timeoutMs)} sekunder. Ingen endringer er lagret. Avgrens utvalget (for eksempel én kommune eller enhet) og prøv igjen.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'TIMEOUT', fields: [] },
  };
}

function badValueError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message:
      'En av verdiene i forespørselen kan ikke lagres eller brukes (ugyldig ID, tall utenfor gyldig område eller ugyldige tegn). Ingen endringer er lagret.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'BAD_USER_INPUT', fields: [] },
  };
}

function withoutSuggestion(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(formatted.message)
    ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
    : formatted;
}

/**
 * UserErrors (codes and Norwegian messages meant for the user) and protocol errors pass
 * through; a statement stopped by statement_timeout becomes TIMEOUT, a value PostgreSQL
 * refused becomes BAD_USER_INPUT (logged: validation should have caught it); anything else is
 * logged and answered with a plain message, so internals (SQL, stack traces) never reach the
 * client.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error, options);
    return options.hideSuggestions ? withoutSuggestion(result) : result;
  };
}

function format(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  // the id of the request's log line, for the user to quote to support
  const request = currentRequest();
  const requestId: Record<string, string> = request ? { requestId: request.id } : {};
  if (code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(formatted.message)) {
    const refused = queryTooComplex({ limit: 'tokens', max: QUERY_LIMITS.maxTokens });
    const extensions = { ...refused.extensions };
    delete extensions.http;
    return { message: refused.message, locations: formatted.locations, extensions };
  }
  if (formatted.message === BATCHING_DISABLED) {
    return {
      message:
        'Send én GraphQL-operasjon per forespørsel: flere operasjoner i samme forespørsel (en liste) tas ikke imot.',
      extensions: { code: 'BATCHING_NOT_ALLOWED' },
    };
  }
  if (/^Too many errors processing variables/.test(formatted.message)) {
    return {
      message:
        'Ugyldige opplysninger: så mange verdier er feil at resten ikke ble kontrollert. Rett feilene over og prøv igjen.',
      locations: formatted.locations,
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'variables', code: 'TOO_MANY_ERRORS', message: 'For mange feil' }],
      },
    };
  }
  if (!(original instanceof UserError) && TRANSLATED_CODES.has(code)) {
    const problem = translateCoercionError(formatted.message);
    if (problem) {
      return {
        message: `Ugyldige opplysninger: ${problem.message}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, fields: [problem] },
      };
    }
  }
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
  if (isStatementTimeout(original)) return timeoutError(formatted, options.statementTimeoutMs);
  if (isDataException(original)) {
    log.error({ err: original }, 'a value reached PostgreSQL that validation should have refused');
    return badValueError(formatted);
  }
  log.error({ err: original }, 'unexpected error in a GraphQL request');
  return {
    message: 'Noe gikk galt hos oss. Prøv igjen om litt, eller kontakt brukerstøtte.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...requestId },
  };
}
