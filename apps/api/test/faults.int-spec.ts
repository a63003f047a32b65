import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { freePort } from '../src/common/free-port';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { ApiProcess, cliPath, startApi, startDatabaseProcess } from './support/api-process';
import { temporaryFolders } from './support/temp-folders';

const METRICS_TOKEN = 'faults-test-metrics-token';

/** Faults of the service as a whole, with processes of its own: kills, shutdown, schema. */
describe('faults', () => {
  const folders = temporaryFolders('kp-faults-');
  const tempDir = () => join(folders.make(), 'postgres');
  afterAll(() => folders.removeAll());

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const postmasterPid = (dataDir: string) =>
    Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if (await check().catch(() => false)) return Date.now() - started;
      await sleep(100);
    }
    throw new Error(`not within ${ms} ms`);
  }

  type WriteResult = { number: string; outcome: string };

  /** Creates one employee; the outcome is "ok" when acknowledged, else the error code. */
  async function createEmployee(
    api: ApiProcess,
    headers: Record<string, string>,
    unitId: string,
    number: string,
  ): Promise<WriteResult> {
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: `mutation ($input: CreateEmployeeInput!) {
            createEmployee(input: $input) { employeeNumber } }`,
          variables: {
            input: {
              employeeNumber: number,
              givenName: 'Varig',
              familyName: 'Skriving',
              employmentType: 'PERMANENT',
              fte: 80,
              unitId,
            },
          },
        }),
        signal: AbortSignal.timeout(20_000),
      });
      const body = (await response.json()) as {
        data?: { createEmployee?: { employeeNumber: string } };
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      if (body.data?.createEmployee?.employeeNumber === number) return { number, outcome: 'ok' };
      const error = body.errors?.[0];
      return {
        number,
        outcome: `${response.status} ${error?.extensions?.code}: ${error?.message}`,
      };
    } catch (error) {
      return { number, outcome: `network: ${(error as Error).message}` };
    }
  }

  async function employeeNumbers(api: ApiProcess, tag: string): Promise<string[]> {
    const { employees } = await gqlOk<{
      employees: { totalCount: number; edges: Array<{ node: { employeeNumber: string } }> };
    }>(
      'query ($tag: String!) { employees(first: 500, filter: { search: $tag }) { totalCount edges { node { employeeNumber } } } }',
      { tag },
      await as(DEMO.hrGjovik, api.url),
    );
    expect(employees.totalCount).toBe(employees.edges.length);
    return employees.edges.map((edge) => edge.node.employeeNumber).sort();
  }

  async function gjovikUnitId(api: ApiProcess): Promise<string> {
    const { municipalities } = await gqlOk<{
      municipalities: Array<{ number: string; units: Array<{ id: string }> }>;
    }>('{ municipalities { number units { id } } }', {}, { baseUrl: api.url });
    return municipalities.find((m) => m.number === '3407')!.units[0].id;
  }

  it('restarts a killed embedded database by itself and keeps every acknowledged write through kills of the database and the API', async () => {
    const dataDir = tempDir();
    let api = await startApi({ KP_DATA_DIR: dataDir, KP_METRICS_TOKEN: METRICS_TOKEN });
    try {
      const hr = (await as(DEMO.hrGjovik, api.url)).headers;
      const unitId = await gjovikUnitId(api);

      // 1. The database is killed while writes are in flight (8 lanes of 12 writes).
      const during = `KILLDB${Date.now().toString(36)}`.toUpperCase();
      let acknowledged = 0;
      let killedAfter = -1;
      const lanes = Array.from({ length: 8 }, async (_, lane) => {
        const results: WriteResult[] = [];
        for (let i = 0; i < 12; i += 1) {
          const result = await createEmployee(api, hr, unitId, `${during}-${lane}-${i}`);
          results.push(result);
          if (result.outcome === 'ok') acknowledged += 1;
          if (acknowledged >= 16 && killedAfter < 0) {
            killedAfter = acknowledged;
            process.kill(postmasterPid(dataDir), 'SIGKILL');
          }
        }
        return results;
      });
      const results = (await Promise.all(lanes)).flat();
      expect(killedAfter).toBeGreaterThanOrEqual(16);
      // during the outage: a clear 503 (or a refused write), never a 500 or a hang
      for (const { outcome } of results) {
        expect(outcome).toMatch(/^(ok|(200|503) SERVICE_UNAVAILABLE: Databasen er midlertidig)/);
      }
      const recoveredInMs = await waitUntil(
        async () => !(await gql('{ municipalities { id } }', {}, { baseUrl: api.url })).errors,
        20_000,
      );
      expect(recoveredInMs).toBeLessThan(20_000);
      expect(api.output()).toContain('"event":"database_restarted"');
      const metrics = await (
        await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      expect(metrics).toMatch(/^kp_embedded_database_restarts_total 1$/m);
      expect(metrics).toMatch(/^kp_database_up 1$/m);

      // every acknowledged write is there, once; a refused one may have committed before the kill
      const acked = results.filter((r) => r.outcome === 'ok').map((r) => r.number);
      const found = await employeeNumbers(api, during);
      expect(new Set(found).size).toBe(found.length);
      expect(found).toEqual(expect.arrayContaining(acked));
      expect(found.every((number) => results.some((r) => r.number === number))).toBe(true);
      // the service writes again after the restart
      expect((await createEmployee(api, hr, unitId, `${during}-after`)).outcome).toBe('ok');

      // 2. 128 concurrent acknowledged writes, then kill -9 of both the database and the API.
      const before = `KILLALL${Date.now().toString(36)}`.toUpperCase();
      const writes = await Promise.all(
        Array.from({ length: 128 }, (_, i) => createEmployee(api, hr, unitId, `${before}-${i}`)),
      );
      expect(writes.filter((w) => w.outcome !== 'ok')).toEqual([]);
      // the API first: killed second, its supervisor could restart the database in between and
      // leave that new postmaster running without an owner
      api.child.kill('SIGKILL');
      await api.exited;
      process.kill(postmasterPid(dataDir), 'SIGKILL');

      api = await startApi({ KP_DATA_DIR: dataDir });
      expect(await employeeNumbers(api, before)).toEqual(writes.map((w) => w.number).sort());
    } finally {
      await api.stop();
    }
  }, 420_000);

  /** A POST whose body is sent in two parts, so the request stays in flight between them. */
  function halfSentRequest(url: string) {
    const body = JSON.stringify({ query: '{ municipalities { number } }' });
    const { port } = new URL(url);
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answer = new Promise<{ status: number; connection?: string; body: string }>(
      (resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              connection: res.headers.connection,
              body: text,
            }),
          );
        });
        req.on('error', reject);
      },
    );
    req.write(body.slice(0, 10));
    return { finish: () => req.end(body.slice(10)), answer };
  }

  it('finishes a request in flight on SIGTERM and refuses new connections meanwhile', async () => {
    const api = await startApi({ KP_DATA_DIR: tempDir(), KP_SEED_DEMO: 'false' });
    const inFlight = halfSentRequest(api.url);
    await sleep(300);
    api.child.kill('SIGTERM');
    await sleep(500);
    // still running, waiting for the request; no new connections
    expect(api.child.exitCode).toBeNull();
    await expect(fetch(`${api.url}/health`)).rejects.toThrow();
    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body).data.municipalities).toEqual([]);
    expect(await api.exited).toBe(0);
  }, 240_000);

  it('cuts off a request that does not finish within KP_SHUTDOWN_TIMEOUT', async () => {
    const api = await startApi({
      KP_DATA_DIR: tempDir(),
      KP_SEED_DEMO: 'false',
      KP_SHUTDOWN_TIMEOUT: '1',
    });
    const stuck = halfSentRequest(api.url);
    stuck.answer.catch(() => undefined);
    await sleep(300);
    const started = Date.now();
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(api.output()).toContain('1 forespørsel(er) ble avbrutt etter 1000 ms');
  }, 240_000);

  it('refuses to start, or to migrate, a database whose schema is ahead of the code', async () => {
    const database = await startDatabaseProcess(tempDir(), await freePort());
    try {
      const env = { ...process.env, DATABASE_URL: database.url };
      execFileSync(process.execPath, [cliPath(), 'migrate'], { env, stdio: 'pipe' });
      const client = new Client({ connectionString: database.url });
      client.on('error', () => undefined);
      await client.connect();
      await client.query(
        `INSERT INTO schema_migration (timestamp, name) VALUES (1899999999999, 'FromTheFuture1899999999999')`,
      );
      const count = async () =>
        (await client.query('SELECT count(*)::int AS n FROM schema_migration')).rows[0].n;
      const migrationsBefore = await count();

      const api = await startApi(
        { DATABASE_URL: database.url, KP_SEED_DEMO: 'true' },
        { waitForHealth: false },
      );
      expect(await api.exited).toBe(1);
      const lines = api.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(
        '[kompetanseplan] Kunne ikke starte: Databasen er nyere enn denne versjonen av Kompetanseplan: ' +
          'den har 1 migrering(er) som programmet ikke kjenner (FromTheFuture1899999999999). ' +
          'Start den nyeste versjonen av Kompetanseplan, eller gjenopprett en sikkerhetskopi fra før ' +
          'oppgraderingen. Ingenting er endret.',
      );

      let migrate: { status: number; stderr: string } = { status: 0, stderr: '' };
      try {
        execFileSync(process.execPath, [cliPath(), 'migrate'], { env, stdio: 'pipe' });
      } catch (error) {
        const failed = error as { status: number; stderr: Buffer };
        migrate = { status: failed.status, stderr: failed.stderr.toString() };
      }
      expect(migrate.status).toBe(1);
      expect(migrate.stderr).toContain('Feil: Databasen er nyere enn denne versjonen');
      // nothing was changed: no demo region, no migration run
      expect(await count()).toBe(migrationsBefore);
      expect((await client.query('SELECT count(*)::int AS n FROM region')).rows[0].n).toBe(0);
      await client.end();
    } finally {
      await database.stop();
    }
  }, 240_000);
});
