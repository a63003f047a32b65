/** Pool settings read from the environment (the API, the CLI and config.ts share them). */
export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} må være et helt tall (0 eller mer), men er «${value}»`);
  }
  return parsed;
}

/** Database connections per API instance (KP_DB_POOL_SIZE). */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, positiveInteger(env.KP_DB_POOL_SIZE, DEFAULT_POOL_SIZE, 'KP_DB_POOL_SIZE'));
}

/**
 * The longest one SQL statement may run (KP_DB_STATEMENT_TIMEOUT_MS; 0 turns the limit off).
 * PostgreSQL cancels the statement, its transaction rolls back, and the request gets TIMEOUT.
 */
export function statementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(
    env.KP_DB_STATEMENT_TIMEOUT_MS,
    DEFAULT_STATEMENT_TIMEOUT_MS,
    'KP_DB_STATEMENT_TIMEOUT_MS',
  );
}

/** Heavy computations at once (KP_HEAVY_CONCURRENCY); undefined: derived from the pool size. */
export function heavyConcurrency(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.KP_HEAVY_CONCURRENCY;
  if (value === undefined || value.trim() === '') return undefined;
  return Math.max(1, positiveInteger(value, 1, 'KP_HEAVY_CONCURRENCY'));
}
