// `npm run lint`: type checks of every project, ESLint and Prettier.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const steps = [
  ['types: domain', bin('tsc'), ['-p', 'libs/domain/tsconfig.json']],
  ['types: api', bin('tsc'), ['-p', 'apps/api/tsconfig.json']],
  ['types: web', bin('tsc'), ['-p', 'apps/web/tsconfig.json']],
  ['types: web-e2e', bin('tsc'), ['-p', 'apps/web-e2e/tsconfig.json']],
  // the module-boundary rule reads Nx's project graph; compute it first
  ['project graph', bin('nx'), ['show', 'projects']],
  ['eslint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
];

for (const [label, command, args] of steps) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`lint failed at "${label}"`);
    process.exit(1);
  }
}
console.log('lint: ok');
