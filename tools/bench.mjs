// `npm run bench`: the built API on a fresh embedded PostgreSQL with the demo region,
// timed over HTTP. Each case is reported as its median in milliseconds and as a ratio to
// the baseline (a signed-in `me` query: session lookup and GraphQL overhead), so figures
// from different machines compare; the ratios are checked against tools/bench-baseline.json.
// Timings are never asserted in tests (see docs/performance.md).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi, client, root, startApi } from './test-server.mjs';

const baselineFile = join(root, 'tools/bench-baseline.json');
const SAMPLES = Number(process.env.KP_BENCH_SAMPLES || 30);
const WARM_UP = 3;

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
  buildApi();
  const dataDir = mkdtempSync(join(tmpdir(), 'kp-bench-db-'));
  let results;
  try {
    console.log('Starting the API with the demo data …');
    const api = await startApi({ KP_DATA_DIR: dataDir });
    try {
      results = await cases(api.url);
    } finally {
      await api.stop();
    }
  } finally {
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
