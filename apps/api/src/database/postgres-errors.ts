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
