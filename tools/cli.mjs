// `npm run cli -- <command>` (and `migrate`, `schema`): build the API bundle if it is stale
// (not the web app, which no command needs), then run the CLI from KP_DIST_DIR.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.KP_DIST_DIR || 'dist';

const build = spawnSync(process.execPath, ['tools/build.mjs'], {
  cwd: root,
  // the build's progress goes to stderr, so `npm run schema > file` stays clean
  stdio: ['ignore', 2, 'inherit'],
  env: { ...process.env, KP_SKIP_WEB_BUILD: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const cli = spawnSync(process.execPath, [`${dist}/apps/api/cli.js`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(cli.status ?? 1);
