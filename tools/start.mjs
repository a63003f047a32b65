// `npm start`: build what is missing, then run the API, which serves the web app too.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dist = process.env.KP_DIST_DIR || 'dist';
const server = spawn(process.execPath, [`${dist}/apps/api/main.js`], {
  cwd: root,
  stdio: 'inherit',
});
// The terminal sends Ctrl-C to the whole process group; the server shuts itself
// down (the embedded database included). Forward signals sent to us alone.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
