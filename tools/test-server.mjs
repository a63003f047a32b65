// Starting the built API (and, if asked, an embedded PostgreSQL of its own) on loopback for
// the tools that talk to it over HTTP: `npm run bench` and `npm run soak`. The Jest global
// set-up does the same in TypeScript (apps/api/test/support).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dist = process.env.KP_DIST_DIR || 'dist';
export const DEMO_PASSWORD = 'reks-demo-2026';

/** Builds the API bundle if it is stale (the web app is not needed over GraphQL). */
export function buildApi() {
  const build = spawnSync(process.execPath, ['tools/build.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KP_SKIP_WEB_BUILD: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API did not answer on ${url} within ${ms / 1000} s`);
}

/** The embedded PostgreSQL alone (`cli database`); resolves with its URL and a stop(). */
export async function startDatabase(dataDir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [`${dist}/apps/api/cli.js`, 'database', '--data-dir', dataDir, '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/^postgres:\/\/\S+$/m);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`The database stopped (exit code ${code})`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

/** The built API with the demo data on a free loopback port; `env` adds to the defaults. */
export async function startApi(env) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [`${dist}/apps/api/main.js`], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      KP_SEED_DEMO: 'true',
      KP_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    waitForHealth(url, 180_000),
    stopped.then((code) => {
      throw new Error(`The API stopped (exit code ${code}) before it answered`);
    }),
  ]);
  return {
    url,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return stopped;
    },
  };
}

/** GraphQL over HTTP as a script would; `call` throws on GraphQL errors, `send` does not. */
export function client(url) {
  const send = async (query, variables = {}, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };
  const call = async (query, variables = {}, token) => {
    const { body } = await send(query, variables, token);
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const signIn = async (email) =>
    (
      await call(
        `mutation ($email: String!, $password: String!) {
           login(email: $email, password: $password) { token } }`,
        { email, password: DEMO_PASSWORD },
      )
    ).login.token;
  return { send, call, signIn };
}
