/**
 * What the web app knows about a failed request. GraphQL errors from the API
 * carry `extensions.code` and, for input errors, `extensions.fields` with
 * Norwegian messages; failures before an answer arrives get a client code.
 */
export interface FieldError {
  /** Input field as the API names it, e.g. `name` or `parentId`. */
  field: string;
  /** Stable machine code, e.g. `REQUIRED`, `DUPLICATE_NAME`. */
  code: string;
  /** Norwegian message written for the user. */
  message: string;
}

/** Codes the client sets itself when no usable GraphQL answer arrived. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'HTTP_ERROR' | 'INVALID_RESPONSE';

export interface ApiErrorInit {
  code: string;
  message: string;
  userFacing?: boolean;
  fields?: FieldError[];
  status?: number | null;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** `extensions.code` from the API (`BAD_USER_INPUT`, `NOT_FOUND` …) or a {@link ClientErrorCode}. */
  readonly code: string;
  /**
   * True when `message` was written for the user (the API's Norwegian
   * messages); false for technical texts, which the UI replaces by its own.
   */
  readonly userFacing: boolean;
  readonly fields: FieldError[];
  /** HTTP status of the answer, when there was one. */
  readonly status: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.code = init.code;
    this.userFacing = init.userFacing ?? false;
    this.fields = init.fields ?? [];
    this.status = init.status ?? null;
  }

  static client(code: ClientErrorCode, message: string, status: number | null = null): ApiError {
    return new ApiError({ code, message, status });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Builds one ApiError from the `errors` array of a GraphQL answer: the first
 * error gives code and message, the field errors of all of them are kept.
 */
export function apiErrorFromGraphQLErrors(
  errors: unknown[],
  status: number | null = null,
): ApiError {
  const parsed = errors.map(parseGraphQLError);
  const first = parsed[0] ?? { code: 'INTERNAL_SERVER_ERROR', message: '', userFacing: false };
  return new ApiError({
    code: first.code,
    message: first.message,
    userFacing: first.userFacing,
    fields: parsed.flatMap((error) => error.fields ?? []),
    status,
  });
}

function parseGraphQLError(error: unknown): ApiErrorInit {
  const record = isRecord(error) ? error : {};
  const extensions = isRecord(record.extensions) ? record.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const message = typeof record.message === 'string' ? record.message : '';
  // The API's own user errors always carry `fields` (possibly empty), and it
  // rewrites every unexpected error to a Norwegian INTERNAL_SERVER_ERROR.
  // Errors from the GraphQL layer itself (parse, validation, variable
  // coercion) are English and technical.
  const fromUserError = Array.isArray(extensions.fields);
  const userFacing = message !== '' && (fromUserError || code === 'INTERNAL_SERVER_ERROR');
  const fields = fromUserError ? (extensions.fields as unknown[]).flatMap(parseFieldError) : [];
  return { code, message, userFacing, fields };
}

function parseFieldError(value: unknown): FieldError[] {
  if (!isRecord(value) || typeof value.field !== 'string' || typeof value.message !== 'string') {
    return [];
  }
  const code = typeof value.code === 'string' ? value.code : 'INVALID';
  return [{ field: value.field, code, message: value.message }];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Codes where trying again cannot help: the request itself must change. */
const FINAL_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'CSRF_REJECTED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'INVALID_RESPONSE',
]);

/** Retry policy for queries: up to `maxRetries` more tries, only where it can help. */
export function shouldRetry(failureCount: number, error: unknown, maxRetries = 2): boolean {
  if (failureCount >= maxRetries) return false;
  if (isApiError(error)) return !FINAL_CODES.has(error.code);
  return true;
}
