/** PostgreSQL error codes the services translate into user errors. */
interface PgError {
  code?: string;
  constraint?: string;
  driverError?: PgError;
}

function pgError(error: unknown): PgError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as PgError;
  return candidate.driverError ?? candidate;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

export function isSerializationFailure(error: unknown): boolean {
  return pgError(error)?.code === '40001';
}

/** Node socket errors and PostgreSQL's shutdown/connection classes: the server is away. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'terminating connection due to',
  // TypeORM, when the connection of a transaction died under it
  'Database connection provided by a query runner was already released',
  // TypeORM, committing a transaction whose connection died under it
  'Query runner already released',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/**
 * True when the error says the database could not be reached or went away mid-query
 * (restart, crash, network), as opposed to a problem with the statement itself.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  // wrapped: GraphQL's originalError (context creation), an Error's cause
  const wrapped = error as { originalError?: unknown; cause?: unknown };
  if (wrapped.originalError && isDatabaseUnavailable(wrapped.originalError, depth + 1)) return true;
  if (wrapped.cause && isDatabaseUnavailable(wrapped.cause, depth + 1)) return true;
  const pg = pgError(error);
  const code = pg?.code ?? '';
  if (UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  // 57P01–57P03: admin/crash shutdown, cannot connect now; class 08: connection exceptions,
  // except 08P01 (protocol violation: a statement sent with the wrong parameters is our bug)
  if (/^57P0[123]$/.test(code) || (code.startsWith('08') && code !== '08P01')) return true;
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((text) => message.includes(text));
}

/** The statement ran past statement_timeout (or was cancelled) and its transaction rolled back. */
export function isStatementTimeout(error: unknown): boolean {
  return pgError(error)?.code === '57014';
}

/**
 * A value PostgreSQL could not take (class 22, "data exception": a malformed id, a number out
 * of range, a NUL in text). Validation should have refused it first; this is the safety net.
 */
export function isDataException(error: unknown): boolean {
  return pgError(error)?.code?.startsWith('22') ?? false;
}
