import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startApi } from './api-process';
import { waitForHealth } from './wait-for-health';

/** Advisory lock shared by the test workers that build the seeded template. */
const TEMPLATE_LOCK = 7_151_515;
const TEMPLATE = 'kp_seeded_template';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function exists(client: Client, database: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  return rows.length > 0;
}

/**
 * A database of its own with the demo region, on the test run's PostgreSQL server, for tests
 * that must know every write (the fuzz suite) or that lock tables and flood a pool (the limit
 * tests) without disturbing the tests that share the main test database. The demo region is
 * seeded once per run into a template (by the built API, as at a real first start) and copied
 * from it, which takes about a second.
 */
export async function isolatedDatabase(): Promise<string> {
  const serverUrl = process.env.KP_TEST_DATABASE_URL;
  if (!serverUrl)
    throw new Error('KP_TEST_DATABASE_URL is not set: run through the integration Jest config');
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    if (!(await exists(admin, TEMPLATE))) {
      const building = `${TEMPLATE}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const api = await startApi(
        { DATABASE_URL: withDatabase(serverUrl, building), KP_SEED_DEMO: 'true' },
        { waitForHealth: false },
      );
      // seeding takes 10–60 s, more on a busy machine
      await Promise.race([
        waitForHealth(api.url, 240_000),
        api.exited.then((code) => {
          throw new Error(`The API seeding the template exited with ${code}:\n${api.output()}`);
        }),
      ]);
      await api.stop('SIGTERM');
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
    }
    const name = `kp_isolated_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    return withDatabase(serverUrl, name);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}
