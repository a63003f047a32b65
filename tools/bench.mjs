// `npm run bench`: the built API on a fresh embedded PostgreSQL with the demo region,
// timed over HTTP. Each case is reported as its median in milliseconds and as a ratio to
// the baseline (a signed-in `me` query: session lookup and GraphQL overhead), so figures
// from different machines compare; the ratios are checked against tools/bench-baseline.json.
// Timings are never asserted in tests (see docs/performance.md).
//
// `--scale demo|county|national` adds what users run (docs/benchmarks.md): every role's pages
// with the web app's own documents, cold and warm, response bytes, API memory, throughput at 10
// and 50 clients and the browser's first load; county and national data come from
// `npm run generate` (into a temporary folder, or `--data-dir DIR` generated before).
// `--write-doc` writes the figures into docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiMemory,
  firstLoadJs,
  firstRender,
  pageCases,
  quantile,
  throughput,
} from './bench-pages.mjs';
import { buildApi, client, root, startApi } from './test-server.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const SCALE = option('--scale');
if (SCALE && !['demo', 'county', 'national'].includes(SCALE)) {
  console.error(`Unknown scale ${SCALE}: demo, county or national`);
  process.exit(2);
}

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

function printBaseline(results) {
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
  if (args.includes('--write-baseline')) {
    const ratios = Object.fromEntries(
      results.map(({ name, ms }) => [name, Math.round((ms / base) * 10) / 10]),
    );
    writeFileSync(baselineFile, `${JSON.stringify({ ...baseline, ratios }, null, 2)}\n`);
    console.log('Wrote tools/bench-baseline.json');
  }
}

/** The data folder of a scale: generated now (removed after) or given with --data-dir. */
function dataFolder(scale) {
  const given = option('--data-dir');
  if (given) {
    if (!existsSync(given) && scale !== 'demo') {
      console.error(
        `${given} does not exist: npm run generate -- --scale ${scale} --data-dir ${given}`,
      );
      process.exit(2);
    }
    return { dir: given, keep: true, generateSeconds: null };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-bench-db-'));
  if (scale === 'demo') return { dir, keep: false, generateSeconds: null };
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['tools/generate.mjs', '--scale', scale, '--data-dir', dir],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  return { dir, keep: false, generateSeconds: (Date.now() - started) / 1000 };
}

const ms = (value) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '–';
const kb = (bytes) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;

function markdown(scale, figures) {
  const lines = [];
  const { pages, counts, memory, load, js, render, generateSeconds } = figures;
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores ` +
      `(${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, ` +
      `Node ${process.version}; data: ${counts}` +
      (generateSeconds ? `; generated in ${Math.round(generateSeconds)} s` : '') +
      '.',
    '',
    '| case | cold median / p95 | warm median / p95 | response | API RSS |',
    '| --- | --: | --: | --: | --: |',
  );
  for (const row of pages) {
    const cold = row.cold.length
      ? `${ms(quantile(row.cold, 0.5))} / ${ms(quantile(row.cold, 0.95))}`
      : '–';
    const warm = row.warm.length
      ? `${ms(quantile(row.warm, 0.5))} / ${ms(quantile(row.warm, 0.95))}`
      : '–';
    const failed = row.failed ? ` (failed: ${row.failed.slice(0, 80).replace(/\|/g, '/')})` : '';
    lines.push(
      `| ${row.name}${failed} | ${cold} | ${warm} | ${kb(row.bytes)} | ${Math.round(row.rss)} MB |`,
    );
  }
  lines.push('');
  lines.push(
    `API memory: peak RSS ${Math.round(memory.peak)} MB, ${Math.round(memory.rss)} MB at the end.`,
  );
  for (const t of load) {
    lines.push(
      `Throughput, region \`GapAnalysis\` (warm) at ${t.connections} clients: ` +
        `${t.requestsPerSecond.toFixed(0)} requests/s, latency median ${t.p50} ms, ` +
        `p97.5 ${t.p97_5} ms, ${t.errors} errors.`,
    );
  }
  if (js)
    lines.push(
      `First-load JS: ${js.gzipKb.toFixed(0)} KB gzip in ${js.files} files (${js.allScripts} scripts in all).`,
    );
  if (render)
    lines.push(
      `Time to first render (sign-in page) in headless Chromium: ${ms(render.medianMs)} (median of 5).`,
    );
  return lines.join('\n');
}

function writeDoc(scale, text) {
  const file = join(root, 'docs/benchmarks.md');
  const start = `<!-- bench:${scale}:start -->`;
  const end = `<!-- bench:${scale}:end -->`;
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`docs/benchmarks.md has no ${start} … ${end} block`);
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n${text}\n${doc.slice(to)}`);
  console.log(`Wrote the ${scale} figures into docs/benchmarks.md`);
}

/** The API (and with --scale the web app, for the browser figures), unless --no-build. */
function build() {
  if (args.includes('--no-build')) return;
  if (!SCALE) {
    buildApi();
    return;
  }
  const run = spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function main() {
  build();
  const scale = SCALE ?? 'demo';
  const data = dataFolder(scale);
  let results;
  let figures;
  try {
    console.log(`Starting the API with the ${scale} data …`);
    // a cold region view at national scale runs longer than the service's 10 s statement limit
    const api = await startApi({
      KP_DATA_DIR: data.dir,
      ...(SCALE ? { KP_DB_STATEMENT_TIMEOUT_MS: process.env.KP_BENCH_TIMEOUT_MS || '300000' } : {}),
    });
    try {
      if (scale === 'demo') results = await cases(api.url);
      if (SCALE) {
        const { call, signIn } = client(api.url);
        const log = (line) => console.log(line);
        const samples = Number(
          process.env.KP_BENCH_SAMPLES || { demo: 20, county: 7, national: 3 }[scale],
        );
        const timeoutMs = Number(process.env.KP_BENCH_TIMEOUT_MS || 300_000);
        const count = await call(
          `{ municipalities { id } }`,
          {},
          await signIn('koordinator@reks.demo'),
        )
          .then((d) => d.municipalities.length)
          .catch(() => null);
        const {
          results: pages,
          coordinator,
          doc,
        } = await pageCases({
          url: api.url,
          pid: api.pid,
          signIn,
          call,
          samples,
          timeoutMs,
          log,
        });
        let render = null;
        try {
          render = await firstRender(api.url);
        } catch (error) {
          log(`No first-render figure: ${error.message}`);
        }
        const load = [];
        for (const connections of [10, 50]) {
          load.push(
            await throughput({ url: api.url, token: coordinator, doc, connections, seconds: 10 }),
          );
          log(
            `throughput at ${connections} clients: ${load.at(-1).requestsPerSecond.toFixed(0)} requests/s`,
          );
        }
        const memory = apiMemory(api.pid);
        figures = {
          pages,
          memory,
          load,
          render,
          js: firstLoadJs(),
          counts: count === null ? scale : `${scale}, ${count} municipalities in the region`,
          generateSeconds: data.generateSeconds,
        };
      }
    } finally {
      await api.stop();
    }
  } finally {
    if (!data.keep) rmSync(data.dir, { recursive: true, force: true });
  }
  if (results) printBaseline(results);
  if (figures) {
    const text = markdown(scale, figures);
    console.log(`\n${text}\n`);
    if (args.includes('--write-doc')) writeDoc(scale, text);
  }
}

await main();
