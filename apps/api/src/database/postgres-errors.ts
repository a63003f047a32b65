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
