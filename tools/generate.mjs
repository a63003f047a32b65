// `npm run generate -- --scale demo|county|national [--data-dir DIR]`: fills a database with
// test data of the given size (docs/benchmarks.md). Into the embedded PostgreSQL in DIR (or
// KP_DATA_DIR), or into DATABASE_URL when that is set. The database must be new (or hold
// only the demo region).
import { spawnSync } from 'node:child_process';
import { buildApi, dist, root } from './test-server.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const scale = option('--scale') ?? 'demo';
const dataDir = option('--data-dir');

buildApi();
const result = spawnSync(
  process.execPath,
  ['--max-old-space-size=1024', `${dist}/apps/api/cli.js`, 'generate', '--scale', scale],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(dataDir ? { KP_DATA_DIR: dataDir } : {}), KP_LOG_LEVEL: 'warn' },
  },
);
process.exit(result.status ?? 1);
