import { Pool } from 'pg';

let pool: Pool | undefined;

/** Direct access to the test database, for factories and read-backs. */
export function db(): Pool {
  const url = process.env.KP_TEST_DATABASE_URL;
  if (!url)
    throw new Error('KP_TEST_DATABASE_URL is not set: run through the integration Jest config');
  pool ??= new Pool({ connectionString: url, max: 3 });
  return pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

export async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db().query(`SELECT count(*)::int AS n FROM (${sql}) AS counted`, params);
  return rows[0].n;
}
