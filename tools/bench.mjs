// `npm run bench`: the built API on a fresh embedded PostgreSQL with the demo region,
// timed over HTTP. Each case is reported as its median in milliseconds and as a ratio to
// the baseline (a signed-in `me` query: session lookup and GraphQL overhead), so figures
// from different machines compare; the ratios are checked against tools/bench-baseline.json.
// Timings are never asserted in tests (see docs/performance.md).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const baselineFile = join(root, 'tools/bench-baseline.json');
const SAMPLES = Number(process.env.KP_BENCH_SAMPLES || 30);
const WARM_UP = 3;
const PASSWORD = 'reks-demo-2026';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The API did not answer on ${url} within ${ms / 1000} s`);
}

function client(url) {
  const call = async (query, variables = {}, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const signIn = async (email) =>
    (
      await call(
        `mutation ($email: String!, $password: String!) {
           login(email: $email, password: $password) { token } }`,
        { email, password: PASSWORD },
      )
    ).login.token;
  return { call, signIn };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `before` (untimed) then `run` (timed) SAMPLES times after a short warm-up. */
async function time(run, before = async () => undefined) {
  const samples = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i += 1) {
    await before();
    const start = performance.now();
    await run();
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  return median(samples);
}

async function cases(url) {
  const { call, signIn } = client(url);
  const coordinator = await signIn('koordinator@reks.demo');
  const hr = await signIn('hr.gjovik@reks.demo');
  const leader = await signIn('leder.hjemmetjeneste.gjovik@reks.demo');

  const { requirements } = await call(`{ requirements { id version required } }`, {}, hr);
  let changed = requirements[0];
  /** A real change the gap figures depend on (so cached results cannot be used). */
  const changeSomething = async () => {
    const required = changed.required === 1 ? 2 : 1;
    const { updateRequirement } = await call(
      `mutation ($input: UpdateRequirementInput!) {
         updateRequirement(input: $input) { id version required } }`,
      { input: { id: changed.id, version: changed.version, required } },
      hr,
    );
    changed = updateRequirement;
  };
  const query = (text, token) => () => call(text, {}, token);
  const regionView = query(
    `{ gapAnalysis(breakdown: MUNICIPALITY) {
         totals { competenceId measure horizon gap { value suppressed } }
         rows { scopeId competenceId gap { value suppressed } coverage { value suppressed } } } }`,
    coordinator,
  );
  const list = [
    ['baseline: me', query(`{ me { email } }`, coordinator)],
    ['region view (gapAnalysis by municipality)', regionView],
    ['region view, first request after a change', regionView, changeSomething],
    [
      'region heatmap',
      query(
        `{ gapHeatmap(horizon: NOW) { rows { id } cells { scopeId coverage { value } } } }`,
        coordinator,
      ),
    ],
    [
      'mobilisation options',
      query(`{ mobilisationOptions { competenceId horizon } }`, coordinator),
    ],
    ['staffing gaps (region)', query(`{ staffingGaps { horizon gap { value } } }`, coordinator)],
    ['retirement wave', query(`{ retirementWave { years competences { key } } }`, coordinator)],
    [
      'expiring certificates',
      query(`{ expiringCertificates { months rows { unitId } } }`, coordinator),
    ],
    ['municipality view (HR)', query(`{ gapAnalysis { rows { scopeId gap { value } } } }`, hr)],
    [
      '500 employees with competences (HR)',
      query(`{ employees(first: 500) { edges { node { id competences { level } } } } }`, hr),
    ],
  ];
  list.push([
    'own unit (unit leader)',
    query(`{ gapAnalysis { requirementGaps { requirementId gap { value } } } }`, leader),
  ]);
  const results = [];
  for (const [name, run, before] of list) results.push({ name, ms: await time(run, before) });
  return results;
}

async function main() {
  // the bench needs the API bundle only
  const build = spawnSync(process.execPath, ['tools/build.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KP_SKIP_WEB_BUILD: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const dataDir = mkdtempSync(join(tmpdir(), 'kp-bench-db-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [`${process.env.KP_DIST_DIR || 'dist'}/apps/api/main.js`], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      KP_DATA_DIR: dataDir,
      KP_SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopped = new Promise((resolve) => api.once('exit', resolve));
  let results;
  try {
    console.log('Starting the API with the demo data …');
    await Promise.race([
      waitForHealth(url, 180_000),
      stopped.then((code) => {
        throw new Error(`The API stopped (exit code ${code}) before it answered`);
      }),
    ]);
    results = await cases(url);
  } finally {
    api.kill('SIGINT');
    await stopped;
    rmSync(dataDir, { recursive: true, force: true });
  }

  const base = results[0].ms;
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
  const rows = results.map(({ name, ms }) => {
    const ratio = ms / base;
    const expected = baseline.ratios[name];
    return {
      case: name,
      'median ms': ms.toFixed(1),
      '× baseline': ratio.toFixed(1),
      'baseline file': expected === undefined ? '–' : expected.toFixed(1),
      change: expected === undefined ? 'new' : `${((ratio / expected - 1) * 100).toFixed(0)} %`,
    };
  });
  console.table(rows);
  if (process.argv.includes('--write-baseline')) {
    const ratios = Object.fromEntries(
      results.map(({ name, ms }) => [name, Math.round((ms / base) * 10) / 10]),
    );
    writeFileSync(baselineFile, `${JSON.stringify({ ...baseline, ratios }, null, 2)}\n`);
    console.log('Wrote tools/bench-baseline.json');
  }
}

await main();
