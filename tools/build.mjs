// Builds what is missing or stale: the API bundle (webpack) and the web app (Vite).
// `--force` rebuilds both. Used by `npm start`, `npm test` and the CLI.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/**
 * After Vite: source maps leave the served folder (kept beside it for reading stack traces),
 * and every compressible file gets .br and .gz twins at the highest levels, so the API serves
 * assets compressed without compressing them per request (apps/api/src/web/serve-web-app.ts).
 */
function finishWebBuild() {
  const web = join(root, dist, 'apps/web');
  const maps = join(root, dist, 'apps/web-sourcemaps');
  rmSync(maps, { recursive: true, force: true });
  for (const file of filesUnder(web)) {
    if (file.endsWith('.map')) {
      const target = join(maps, relative(web, file));
      mkdirSync(dirname(target), { recursive: true });
      renameSync(file, target);
    } else if (
      /\.(js|css|html|svg|json|txt|webmanifest)$/.test(file) &&
      statSync(file).size >= 1024
    ) {
      const content = readFileSync(file);
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      );
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    }
  }
}
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
  finishWebBuild();
}
