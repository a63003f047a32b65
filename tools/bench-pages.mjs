// The pages part of `npm run bench -- --scale …`: what each role's pages send, with the web
// app's own generated documents (apps/web/src/gql/graphql.ts, loaded through esbuild, never
// copied), timed cold (right after a change the gap figures depend on) and warm, with response
// bytes and the API's memory; then throughput with autocannon and the browser's first load.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { transformSync } from 'esbuild';
import { dist, root } from './test-server.mjs';

/** The web app's generated documents, as the web sends them. */
export async function webDocuments() {
  const source = readFileSync(join(root, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const folder = mkdtempSync(join(tmpdir(), 'kp-bench-docs-'));
  try {
    const file = join(folder, 'graphql.mjs');
    writeFileSync(file, code);
    const module = await import(pathToFileURL(file).href);
    return (name) => {
      const document = module[`${name}Document`];
      if (!document) throw new Error(`No generated document ${name} in the web app`);
      return document.toString();
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The employee list's page size, as the web app asks for it. */
function employeesPageSize() {
  const source = readFileSync(
    join(root, 'apps/web/src/features/employees/utils/employee-filters.ts'),
    'utf8',
  );
  return Number(/EMPLOYEES_PAGE_SIZE = (\d+)/.exec(source)[1]);
}

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
};

/** The API process's resident memory now and at its peak, in MB (Linux /proc). */
export function apiMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

const HORIZONS = ['NOW', 'ONE_YEAR', 'THREE_YEARS'];

/** One load of the gap page (as apps/api/test/gap-page-statements.int-spec.ts replays it). */
const GAP_PAGE = [
  ['Me', {}],
  ['Municipalities', {}],
  ['GapAnalysis', { filter: { horizons: HORIZONS }, breakdown: null }],
  ['GapHeatmap', { filter: { horizons: HORIZONS }, horizon: 'NOW' }],
  ['MobilisationOptions', { filter: { horizons: ['NOW'] } }],
  ['StaffingGaps', { filter: { horizons: HORIZONS } }],
  ['RetirementWave', { filter: {} }],
  ['ExpiringCertificates', { filter: { months: 12 } }],
];

/**
 * Sends one GraphQL request; resolves with its time and size, or with `failed` (an error, a
 * GraphQL error or no answer within `timeoutMs`).
 */
async function send(url, query, variables, token, timeoutMs) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const body = JSON.parse(text);
    if (body.errors) return { ms, bytes: text.length, failed: JSON.stringify(body.errors) };
    return { ms, bytes: Buffer.byteLength(text), data: body.data };
  } catch (error) {
    return { ms: performance.now() - started, bytes: 0, failed: String(error.message ?? error) };
  }
}

/**
 * The pages of each role, cold and warm. `samples` per mode; `timeoutMs` per request.
 * Returns rows for the table in docs/benchmarks.md.
 */
export async function pageCases({ url, pid, signIn, call, samples, timeoutMs, log }) {
  const doc = await webDocuments();
  const coordinator = await signIn('koordinator@reks.demo');
  const hr = await signIn('hr.gjovik@reks.demo');
  const leader = await signIn('leder.hjemmetjeneste.gjovik@reks.demo');

  const { requirements } = await call(`{ requirements { id version required unitId } }`, {}, hr);
  let changed = requirements[0];
  const changeSomething = async () => {
    const required = changed.required === 1 ? 2 : 1;
    const { updateRequirement } = await call(
      `mutation ($input: UpdateRequirementInput!) {
         updateRequirement(input: $input) { id version required unitId } }`,
      { input: { id: changed.id, version: changed.version, required } },
      hr,
    );
    changed = updateRequirement;
  };
  const holdersOf = requirements.find((r) => r.id !== changed.id) ?? requirements[0];

  const one = (name, variables) => [[name, variables]];
  const pages = [
    ['region gap page (coordinator), all requests', coordinator, GAP_PAGE],
    ['region gap (GapAnalysis)', coordinator, [GAP_PAGE[2]]],
    ['region heatmap (GapHeatmap)', coordinator, [GAP_PAGE[3]]],
    ['region mobilisation (MobilisationOptions)', coordinator, [GAP_PAGE[4]]],
    ['municipality gap page (HR), all requests', hr, GAP_PAGE],
    ['municipality gap (HR, GapAnalysis)', hr, [GAP_PAGE[2]]],
    ['municipality mobilisation (HR)', hr, [GAP_PAGE[4]]],
    [
      'holders of a requirement (HR, GapHolders)',
      hr,
      one('GapHolders', { requirementId: holdersOf.id, horizon: 'NOW' }),
    ],
    [
      'employee list, first page (HR, Employees)',
      hr,
      one('Employees', { filter: {}, first: employeesPageSize(), after: null }),
    ],
    ['unit gap page (unit leader), all requests', leader, GAP_PAGE],
    ['unit gap (unit leader, GapAnalysis)', leader, [GAP_PAGE[2]]],
  ];

  // KP_BENCH_CASES: a regular expression to run only some cases (e.g. "mobilisation")
  const only = process.env.KP_BENCH_CASES ? new RegExp(process.env.KP_BENCH_CASES, 'i') : null;
  const results = [];
  for (const [name, token, requests] of pages.filter(([n]) => !only || only.test(n))) {
    const load = async () => {
      const started = performance.now();
      const answers = await Promise.all(
        requests.map(([document, variables]) =>
          send(url, doc(document), variables, token, timeoutMs),
        ),
      );
      const failed = answers.find((a) => a.failed)?.failed;
      return {
        ms: performance.now() - started,
        bytes: answers.reduce((sum, a) => sum + a.bytes, 0),
        failed,
      };
    };
    const row = { name, cold: [], warm: [], bytes: 0, failed: null, rss: 0 };
    for (let i = 0; i < samples && !row.failed; i += 1) {
      await changeSomething();
      const cold = await load();
      if (cold.failed) row.failed = cold.failed;
      else row.cold.push(cold.ms);
      const warm = await load();
      if (warm.failed) row.failed ??= warm.failed;
      else {
        row.warm.push(warm.ms);
        row.bytes = warm.bytes;
      }
      row.rss = Math.max(row.rss, apiMemory(pid).rss);
    }
    results.push(row);
    log(
      `${name}: cold ${quantile(row.cold, 0.5).toFixed(0)} ms, warm ${quantile(row.warm, 0.5).toFixed(0)} ms, ` +
        `${(row.bytes / 1024).toFixed(0)} KB${row.failed ? `, FAILED: ${row.failed.slice(0, 200)}` : ''}`,
    );
  }
  return { results, coordinator, doc };
}

/** Requests/s and latency of the region's gap query (warm) with autocannon. */
export async function throughput({ url, token, doc, connections, seconds }) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: doc('GapAnalysis'), variables: GAP_PAGE[2][1] }),
  });
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The JS the browser loads first (index.html's scripts and module preloads), gzip. */
export function firstLoadJs() {
  const web = join(root, dist, 'apps/web');
  const index = join(web, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(web, file))).length,
    0,
  );
  const all = readdirSync(join(web, 'assets')).filter((f) => f.endsWith('.js')).length;
  return { files: files.length, gzipKb: bytes / 1024, allScripts: all };
}

/** Time to the sign-in page's first render in headless Chromium (median of `runs`). */
export async function firstRender(url, runs = 5) {
  const { chromium } = await import('playwright-core');
  const explicit = process.env.KP_CHROMIUM;
  const executablePath = explicit || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
  let launchOptions;
  if (executablePath) {
    launchOptions = { executablePath, args: ['--no-sandbox', '--disable-gpu'] };
  } else {
    const packaged = (await import('@sparticuz/chromium')).default;
    launchOptions = {
      executablePath: await packaged.executablePath(),
      args: packaged.args.filter((a) => a !== '--single-process' && a !== '--no-zygote'),
    };
  }
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  try {
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}/`);
      // the sign-in form is the first screen a new visitor sees
      await page.waitForSelector('input[type="password"]', { timeout: 60_000 });
      times.push(performance.now() - started);
      await context.close();
    }
    return { medianMs: quantile(times, 0.5) };
  } finally {
    await browser.close();
  }
}
