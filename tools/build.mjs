// Builds what is missing or stale: the API bundle (webpack) and the web app (Vite).
// `--force` rebuilds both. Used by `npm start`, `npm test` and the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');
const dist = process.env.KP_DIST_DIR || 'dist';

function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules') visit(join(path, entry));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach((path) => visit(join(root, path)));
  return newest;
}

function isStale(output, inputs) {
  const target = join(root, output);
  return force || !existsSync(target) || statSync(target).mtimeMs < newestMtime(inputs);
}

function run(label, command, args) {
  process.stdout.write(`Bygger ${label} …\n`);
  // Jest sets NODE_ENV=test; the bundles are always production builds.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    process.stderr.write(`Bygging av ${label} feilet.\n`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const shared = ['libs/domain/src', 'package-lock.json', 'tsconfig.base.json'];

if (
  isStale(`${dist}/apps/api/main.js`, ['apps/api/src', 'apps/api/webpack.config.cjs', ...shared])
) {
  run('API', bin('webpack'), ['--config', 'apps/api/webpack.config.cjs']);
}
// KP_SKIP_WEB_BUILD=1 speeds up API-only work loops.
if (
  !process.env.KP_SKIP_WEB_BUILD &&
  isStale(`${dist}/apps/web/index.html`, [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.mts',
    'apps/web/public',
    ...shared,
  ])
) {
  run('webappen', bin('vite'), [
    'build',
    '--config',
    'apps/web/vite.config.mts',
    '--logLevel',
    'warn',
  ]);
}
