import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/common/free-port';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { waitForHealth } from './wait-for-health';

const root = resolve(__dirname, '../../../..');

/**
 * Once per test run: build what is stale, start an embedded PostgreSQL in a
 * temporary folder and the built API against it (with the demo data), and
 * hand their addresses to the tests through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const build = spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see above.');

  const dataDir = mkdtempSync(join(tmpdir(), 'kp-test-db-'));
  const database = await startEmbeddedDatabase(dataDir);
  const port = await freePort();
  // SSB's API as the test machine sees it: nothing answers (no internet); the KOSTRA tests
  // play SSB on their own server through the command line
  const noSsb = await freePort();
  const api = spawn(process.execPath, [`${process.env.KP_DIST_DIR || 'dist'}/apps/api/main.js`], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      KP_SEED_DEMO: 'true',
      KP_EXPOSE_QUERY_COUNT: 'true',
      KP_SSB_API_URL: `http://127.0.0.1:${noSsb}/api/v0/no/table`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const apiUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(apiUrl, 180_000);
  } catch (error) {
    api.kill('SIGKILL');
    await database.stop();
    throw error;
  }

  process.env.KP_TEST_API_URL = apiUrl;
  process.env.KP_TEST_DATABASE_URL = database.url;
  globalThis.__KP_TEST_SERVER__ = { api, database, dataDir };
}
