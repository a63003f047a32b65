// `npm run soak -- --minutes N [--users K]`: the built API on a fresh embedded PostgreSQL with
// the demo region, and K demo users (default 6) doing a mix of reads and writes on loopback
// for N minutes. Every write carries a unique marker; at the end the database is read back to
// prove that every acknowledged write landed exactly once (and no refused one landed twice).
// Memory, heap and the pool are sampled from /metrics every few seconds and their trend over
// the run is reported (docs/operations.md). Bounded in time and count; stops by itself.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApi, client, startApi, startDatabase } from './test-server.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} må være et positivt tall`);
    process.exit(2);
  }
  return value;
}

const MINUTES = option('minutes', 1);
const USERS = Math.min(option('users', 6), 12);
const SAMPLE_EVERY_MS = Math.min(5_000, Math.max(1_000, (MINUTES * 60_000) / 20));
/** A ceiling on requests, whatever the speed of the machine. */
const MAX_REQUESTS = 2_000_000;
const METRICS_TOKEN = `soak-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const RUN = `S${Date.now().toString(36).toUpperCase()}`;

const ROLES = [
  { email: 'hr.gjovik@reks.demo', kind: 'hr' },
  { email: 'leder.hjemmetjeneste.gjovik@reks.demo', kind: 'leader' },
  { email: 'koordinator@reks.demo', kind: 'reader' },
  { email: 'leder.sykehjem.ostretoten@reks.demo', kind: 'leader' },
  { email: 'styre@reks.demo', kind: 'reader' },
  { email: 'hr.gjovik@reks.demo', kind: 'hr' },
];

const READS = {
  hr: [
    `{ employees(first: 50) { edges { node { id competences { level } } } } }`,
    `{ gapAnalysis { rows { scopeId gap { value } } } }`,
    `{ requirements { id version required } }`,
  ],
  leader: [
    `{ gapAnalysis { requirementGaps { requirementId gap { value } } } }`,
    `{ employees(first: 50) { edges { node { id } } } }`,
  ],
  reader: [
    `{ gapAnalysis(breakdown: MUNICIPALITY) { totals { competenceId gap { value suppressed } } } }`,
    `{ gapHeatmap(horizon: NOW) { rows { id } cells { scopeId coverage { value } } } }`,
    `{ retirementWave { years competences { key } } }`,
  ],
};

const stats = {
  requests: 0,
  latencies: [],
  errors: new Map(),
  writes: { employee: [], assessment: [], requirement: [] },
};

function countError(code) {
  stats.errors.set(code, (stats.errors.get(code) ?? 0) + 1);
}

async function timed(send) {
  const started = performance.now();
  stats.requests += 1;
  try {
    const result = await send();
    if (stats.latencies.length < 500_000) stats.latencies.push(performance.now() - started);
    const code = result.body.errors?.[0]?.extensions?.code;
    if (code) countError(code);
    if (result.status >= 500) countError(`HTTP ${result.status}`);
    return result;
  } catch (error) {
    countError(`network: ${error.cause?.code ?? error.message}`);
    return { status: 0, body: {} };
  }
}

async function user(api, role, index, deadline) {
  const { send, call, signIn } = client(api.url);
  const token = await signIn(role.email);
  // readers (coordinator, board) see aggregates only
  const employees =
    role.kind === 'reader'
      ? []
      : (
          await call(`{ employees(first: 100) { edges { node { id } } } }`, {}, token)
        ).employees.edges.map((edge) => edge.node.id);
  const competences = (await call(`{ competences { id } }`, {}, token)).competences.map(
    (c) => c.id,
  );
  const units = (await call(`{ municipalities { number units { id } } }`)).municipalities.find(
    (m) => m.number === '3407',
  ).units;
  // each HR user updates a requirement of its own, so versions never race between users
  let requirement;
  if (role.kind === 'hr') {
    const { requirements } = await call(`{ requirements { id version required } }`, {}, token);
    requirement = { ...requirements[index % requirements.length], acked: 0 };
    requirement.startVersion = requirement.version;
    stats.writes.requirement.push(requirement);
  }
  let sequence = 0;
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  while (Date.now() < deadline && stats.requests < MAX_REQUESTS) {
    const roll = Math.random();
    if (roll < 0.7 || role.kind === 'reader') {
      await timed(() => send(pick(READS[role.kind]), {}, token));
    } else if (role.kind === 'hr' && roll < 0.8) {
      const number = `${RUN}-${index}-${(sequence += 1)}`;
      const result = await timed(() =>
        send(
          `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
          {
            input: {
              employeeNumber: number,
              givenName: 'Soak',
              familyName: `Bruker ${index}`,
              employmentType: 'PERMANENT',
              fte: 50,
              unitId: pick(units).id,
            },
          },
          token,
        ),
      );
      stats.writes.employee.push({ marker: number, acked: !!result.body.data?.createEmployee });
    } else if (role.kind === 'hr' && roll < 0.9) {
      const required = 1 + (requirement.acked % 5);
      const result = await timed(() =>
        send(
          `mutation ($input: UpdateRequirementInput!) {
             updateRequirement(input: $input) { id version required } }`,
          { input: { id: requirement.id, version: requirement.version, required } },
          token,
        ),
      );
      const updated = result.body.data?.updateRequirement;
      if (updated) {
        requirement.version = updated.version;
        requirement.required = updated.required;
        requirement.acked += 1;
      } else {
        requirement.unacknowledged = (requirement.unacknowledged ?? 0) + 1;
      }
    } else if (employees.length > 0 && competences.length > 0) {
      const marker = `soak:${RUN}:${index}:${(sequence += 1)}`;
      const result = await timed(() =>
        send(
          `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
          {
            input: {
              employeeId: pick(employees),
              competenceId: pick(competences),
              level: 1 + Math.floor(Math.random() * 3),
              source: 'LEADER_ASSESSED',
              evidence: marker,
            },
          },
          token,
        ),
      );
      stats.writes.assessment.push({ marker, acked: !!result.body.data?.recordAssessment });
    }
    // a person's pace, roughly: a little think time between actions
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

function metricValue(text, name) {
  const match = text.match(new RegExp(`^${name} ([0-9.e+-]+)`, 'm'));
  return match ? Number(match[1]) : NaN;
}

async function sample(api, started) {
  const response = await fetch(`${api.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await response.text();
  return {
    minute: (Date.now() - started) / 60_000,
    rssMb: metricValue(text, 'process_resident_memory_bytes') / 1e6,
    heapMb: metricValue(text, 'nodejs_heap_size_used_bytes') / 1e6,
    poolTotal: metricValue(text, 'kp_db_pool_connections'),
    poolIdle: metricValue(text, 'kp_db_pool_idle_connections'),
    poolWaiting: metricValue(text, 'kp_db_pool_waiting_requests'),
  };
}

/**
 * The heap's floor per minute (its lowest sample, right after a collection) and RSS's ceiling
 * per minute: the used heap swings by hundreds of MB between collections, so a trend is read
 * from the floors, and a leak shows as floors that keep rising.
 */
function perMinute(points) {
  const minutes = new Map();
  for (const point of points) {
    const minute = Math.floor(point.minute);
    const bucket = minutes.get(minute) ?? { minute, heapFloorMb: Infinity, rssPeakMb: 0 };
    bucket.heapFloorMb = Math.min(bucket.heapFloorMb, point.heapMb);
    bucket.rssPeakMb = Math.max(bucket.rssPeakMb, point.rssMb);
    minutes.set(minute, bucket);
  }
  return [...minutes.values()];
}

/** Least-squares slope of y over x. */
function slope(points, key) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.minute, 0) / n;
  const my = points.reduce((s, p) => s + p[key], 0) / n;
  const num = points.reduce((s, p) => s + (p.minute - mx) * (p[key] - my), 0);
  const den = points.reduce((s, p) => s + (p.minute - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Every acknowledged write exactly once; a refused one at most once. */
async function readBack(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const problems = [];
  try {
    const counts = async (sql, prefix) =>
      new Map((await db.query(sql, [`${prefix}%`])).rows.map((row) => [row.marker, Number(row.n)]));
    const employees = await counts(
      `SELECT employee_number AS marker, count(*) AS n FROM employee
        WHERE employee_number LIKE $1 GROUP BY 1`,
      `${RUN}-`,
    );
    const assessments = await counts(
      `SELECT evidence AS marker, count(*) AS n FROM assessment WHERE evidence LIKE $1 GROUP BY 1`,
      `soak:${RUN}:`,
    );
    for (const [kind, found] of [
      ['employee', employees],
      ['assessment', assessments],
    ]) {
      const attempted = new Set(stats.writes[kind].map((w) => w.marker));
      for (const write of stats.writes[kind]) {
        const n = found.get(write.marker) ?? 0;
        if (write.acked && n !== 1)
          problems.push(`${kind} ${write.marker}: acknowledged, found ${n}`);
        if (!write.acked && n > 1) problems.push(`${kind} ${write.marker}: refused, found ${n}`);
      }
      for (const marker of found.keys()) {
        if (!attempted.has(marker)) problems.push(`${kind} ${marker}: never written`);
      }
    }
    for (const requirement of stats.writes.requirement) {
      const { rows } = await db.query(`SELECT version, required FROM requirement WHERE id = $1`, [
        requirement.id,
      ]);
      const expected = requirement.startVersion + requirement.acked;
      if (requirement.acked > 0 && rows[0]?.version !== expected) {
        problems.push(
          `requirement ${requirement.id}: version ${rows[0]?.version}, expected ${expected} after ${requirement.acked} acknowledged updates`,
        );
      }
    }
    return { problems, employees: employees.size, assessments: assessments.size };
  } finally {
    await db.end();
  }
}

async function main() {
  buildApi();
  const dataDir = mkdtempSync(join(tmpdir(), 'kp-soak-db-'));
  // as root, PostgreSQL runs as its own user, which must reach the data folder
  chmodSync(dataDir, 0o755);
  const database = await startDatabase(join(dataDir, 'postgres'));
  let api;
  let exitCode = 0;
  try {
    console.log(`Starter API-et med demodata (${MINUTES} min, ${USERS} brukere) …`);
    api = await startApi({ DATABASE_URL: database.url, KP_METRICS_TOKEN: METRICS_TOKEN });
    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    const samples = [await sample(api, started)];
    const sampler = setInterval(() => {
      sample(api, started).then(
        (point) => samples.push(point),
        () => countError('metrics unavailable'),
      );
    }, SAMPLE_EVERY_MS);
    const progress = setInterval(
      () =>
        console.log(
          `  ${((Date.now() - started) / 60_000).toFixed(1)} min: ${stats.requests} forespørsler, ` +
            `RSS ${samples.at(-1).rssMb.toFixed(0)} MB, heap ${samples.at(-1).heapMb.toFixed(0)} MB`,
        ),
      60_000,
    );
    await Promise.all(
      Array.from({ length: USERS }, (_, i) => user(api, ROLES[i % ROLES.length], i, deadline)),
    );
    clearInterval(sampler);
    clearInterval(progress);
    samples.push(await sample(api, started));

    const check = await readBack(database.url);
    const acked = (kind) => stats.writes[kind].filter((w) => w.acked).length;
    const requirementUpdates = stats.writes.requirement.reduce((s, r) => s + r.acked, 0);
    // the trend after warm-up: the second half of the run
    const settled = samples.filter((p) => p.minute >= MINUTES / 2);
    const minutes = perMinute(samples).filter((m) => m.minute < Math.floor(MINUTES) || MINUTES < 1);
    const settledMinutes = minutes.filter((m) => m.minute >= MINUTES / 2);
    const report = {
      minutes: MINUTES,
      users: USERS,
      requests: stats.requests,
      'p50 ms': Number(percentile(stats.latencies, 50).toFixed(1)),
      'p95 ms': Number(percentile(stats.latencies, 95).toFixed(1)),
      errors: Object.fromEntries(stats.errors),
      'acknowledged writes': {
        employees: acked('employee'),
        assessments: acked('assessment'),
        'requirement updates': requirementUpdates,
      },
      'read back':
        check.problems.length === 0 ? 'every acknowledged write exactly once' : check.problems,
      'RSS MB (first, last, max)': [
        samples[0].rssMb,
        samples.at(-1).rssMb,
        Math.max(...samples.map((s) => s.rssMb)),
      ].map((v) => Number(v.toFixed(1))),
      'heap MB (first, last, max)': [
        samples[0].heapMb,
        samples.at(-1).heapMb,
        Math.max(...samples.map((s) => s.heapMb)),
      ].map((v) => Number(v.toFixed(1))),
      'RSS slope, second half (MB/min)': Number(slope(settled, 'rssMb').toFixed(2)),
      'heap slope, second half (MB/min)': Number(slope(settled, 'heapMb').toFixed(2)),
      'heap floor per minute (MB)': minutes.map((m) => Math.round(m.heapFloorMb)),
      'RSS peak per minute (MB)': minutes.map((m) => Math.round(m.rssPeakMb)),
      'heap floor slope, second half (MB/min)': Number(
        slope(settledMinutes, 'heapFloorMb').toFixed(2),
      ),
      'RSS peak slope, second half (MB/min)': Number(slope(settledMinutes, 'rssPeakMb').toFixed(2)),
      'pool connections (min, max)': [
        Math.min(...samples.map((s) => s.poolTotal)),
        Math.max(...samples.map((s) => s.poolTotal)),
      ],
      'pool waiting (max)': Math.max(...samples.map((s) => s.poolWaiting)),
      samples: samples.length,
    };
    console.log(JSON.stringify(report, null, 2));
    const serverErrors = [...stats.errors.keys()].filter(
      (code) =>
        code === 'INTERNAL_SERVER_ERROR' || code.startsWith('HTTP 5') || code.startsWith('network'),
    );
    if (check.problems.length > 0 || serverErrors.length > 0) {
      console.error(`Soak feilet: ${[...check.problems, ...serverErrors].slice(0, 10).join('; ')}`);
      exitCode = 1;
    } else {
      console.log('Soak: ok');
    }
  } finally {
    await api?.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

await main();
