import { Client } from 'pg';
import { apiUrl, as, DEMO, gql, type GraphQLResponse } from './support/api-client';
import { startApi, type ApiProcess } from './support/api-process';
import { count, closeDb, db } from './support/database';
import { demoUnit, makeEmployee, makeUnit, uniqueToken } from './support/factories';
import { isolatedDatabase } from './support/isolated-database';

afterAll(closeDb);

function codes(result: GraphQLResponse<unknown>): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code ?? '?');
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
}

describe('requests that would cost everyone are refused before they run', () => {
  it('refuses 1,000 aliases of the gap engine at the parser (too many tokens)', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: gapAnalysis { today }`).join(' ')} }`;
    const { status, body } = await post({ query }, (await as(DEMO.coordinator)).headers);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000 },
    });
    expect(body.errors?.[0].message).toContain('høyst 2');
  });

  it('refuses 300 aliases (under the token cap) by the number of root fields', async () => {
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}:gapAnalysis{today}`).join(' ')} }`;
    const { status, body } = await post({ query }, (await as(DEMO.coordinator)).headers);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('høyst 10 felt på øverste nivå'),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'rootFields', max: 10 },
    });
    expect(body).not.toHaveProperty('data');
  });

  it('refuses the cost of long pages asked for many times, sized from the variables', async () => {
    const pages = Array.from(
      { length: 10 },
      (_, i) =>
        `p${i}: employees(first: $n) { edges { node { id fullName fte unit { id name } municipality { id name } } } }`,
    ).join(' ');
    const query = `query ($n: Int) { ${pages} }`;
    const headers = (await as(DEMO.hrGjovik)).headers;
    const refused = await post({ query, variables: { n: 500 } }, headers);
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
    });
    const allowed = await post({ query, variables: { n: 5 } }, headers);
    expect(allowed.body.errors).toBeUndefined();
  });

  it('refuses batched requests (a JSON list) without running any of them', async () => {
    const { status, body } = await post([
      { query: '{ municipalities { id } }' },
      { query: '{ municipalities { id } }' },
    ]);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'BATCHING_NOT_ALLOWED' },
      message: expect.stringContaining('én GraphQL-operasjon per forespørsel'),
    });
  });

  it('answers a value of the wrong type in Norwegian, naming the field', async () => {
    const result = await gql(
      'query ($n: Int) { employees(first: $n) { totalCount } }',
      { n: 1e300 },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'n', code: 'TOO_LARGE' })],
    });
  });
});

describe('bounds on arguments name the field and the limit', () => {
  it.each([
    [
      'retirementWave(filter: { years: 100000 })',
      '{ retirementWave(filter: { years: 100000 }) { years } }',
      DEMO.coordinator,
      { field: 'years', code: 'TOO_LARGE', message: 'Antall år må være mellom 1 og 20' },
    ],
    [
      'auditLog(filter: { first: -1 })',
      '{ auditLog(filter: { first: -1 }) { id } }',
      DEMO.admin,
      { field: 'first', code: 'TOO_SMALL', message: 'Antall må være mellom 1 og 500' },
    ],
    [
      'expiringCertificates(filter: { months: 100000 })',
      '{ expiringCertificates(filter: { months: 100000 }) { months } }',
      DEMO.hrGjovik,
      { field: 'months', code: 'TOO_LARGE', message: 'Antall måneder må være mellom 1 og 36' },
    ],
    [
      'gapHolders(retirementAge: 1000)',
      '{ gapHolders(requirementId: "00000000-0000-4000-8000-000000000000", retirementAge: 1000) { requirementId } }',
      DEMO.hrGjovik,
      {
        field: 'retirementAge',
        code: 'TOO_LARGE',
        message: 'Pensjonsalder må være mellom 50 og 80',
      },
    ],
    [
      'gapHolders(requirementId: "x")',
      '{ gapHolders(requirementId: "x") { requirementId } }',
      DEMO.hrGjovik,
      { field: 'requirementId', code: 'INVALID_ID', message: 'Kravet har en ugyldig ID' },
    ],
    [
      'appraisalProgress(dueWithinDays: 1000000000)',
      '{ appraisalProgress(dueWithinDays: 1000000000) { employeeCount } }',
      DEMO.hrGjovik,
      {
        field: 'dueWithinDays',
        code: 'TOO_LARGE',
        message: 'Antall dager før fristen må være mellom 0 og 365',
      },
    ],
  ])('%s', async (_name, query, user, problem) => {
    const result = await gql(query, {}, await as(user));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].extensions?.fields).toEqual([problem]);
  });

  it('answers expiringCertificates for a unit without employees, for every role that may ask', async () => {
    const home = await demoUnit('Hjemmetjenesten Gjøvik');
    const unit = { id: await makeUnit(home.municipalityId, { parentId: home.id }) };
    for (const user of [DEMO.hrGjovik, DEMO.coordinator, DEMO.board, DEMO.leaderHomeCareGjovik]) {
      const result = await gql<{ expiringCertificates: { total: { value: number } } }>(
        'query ($unitId: ID) { expiringCertificates(filter: { unitId: $unitId }) { months total { value } monthTotals { value } } }',
        { unitId: unit.id },
        await as(user),
      );
      expect(codes(result)).toEqual([]);
      expect(result.data?.expiringCertificates.total.value).toBe(0);
    }
  });
});

describe('bad text and impossible dates are refused and write nothing', () => {
  const ADD_UNIT = 'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }';

  it('refuses a NUL character in a text field with a field error', async () => {
    const gjovik = (
      await db().query(
        `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
      )
    ).rows[0].id;
    const name = `${uniqueToken('Nul ')}\u0000enhet`;
    const result = await gql(
      ADD_UNIT,
      { input: { municipalityId: gjovik, name } },
      await as(DEMO.admin),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'name',
        code: 'CONTROL_CHARACTERS',
        message:
          'Navn inneholder tegn som ikke kan brukes (kontrolltegn, for eksempel NUL). Fjern dem og prøv igjen.',
      },
    ]);
    expect(await count('SELECT 1 FROM unit WHERE name LIKE $1', [`${name.slice(0, 10)}%`])).toBe(0);
  });

  it('refuses a NUL character in a plain string argument', async () => {
    const result = await gql(
      'mutation { login(email: "admin@reks.demo\\u0000", password: "x") { token } }',
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'email', code: 'CONTROL_CHARACTERS' })],
    });
  });

  it.each([
    [
      'an assessment in 1900',
      { assessedOn: '1900-06-01' },
      'assessedOn',
      'DATE_TOO_EARLY',
      'Vurderingsdato kan ikke være før 01.01.1950',
    ],
    [
      'an assessment on 0001-01-01',
      { assessedOn: '0001-01-01' },
      'assessedOn',
      'DATE_TOO_EARLY',
      'Vurderingsdato kan ikke være før 01.01.1950',
    ],
    [
      'a validity to 9999-12-31',
      { validUntil: '9999-12-31' },
      'validUntil',
      'DATE_TOO_LATE',
      undefined,
    ],
  ])('refuses %s', async (_case, change, field, code, message) => {
    const unit = await demoUnit('Hjemmetjenesten Gjøvik');
    const employee = await makeEmployee(unit);
    const competence = (
      await db().query(`SELECT id FROM competence WHERE region_id = $1 LIMIT 1`, [unit.regionId])
    ).rows[0].id;
    const result = await gql(
      'mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }',
      {
        input: {
          employeeId: employee.id,
          competenceId: competence,
          level: 1,
          source: 'INFORMAL',
          ...change,
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field, code, ...(message ? { message } : {}) }),
    ]);
    expect(await count('SELECT 1 FROM assessment WHERE employee_id = $1', [employee.id])).toBe(0);
  });

  it('refuses an appraisal held in 2999 and an employee starting in year 1', async () => {
    const unit = await demoUnit('Hjemmetjenesten Gjøvik');
    const employee = await makeEmployee(unit);
    const hr = await as(DEMO.hrGjovik);
    const draft = await gql(
      'mutation ($input: SaveAppraisalDraftInput!) { saveAppraisalDraft(input: $input) { id } }',
      { input: { employeeId: employee.id, content: { heldOn: '2999-01-01' } } },
      hr,
    );
    expect(draft.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'content.heldOn', code: 'DATE_TOO_LATE' }),
    ]);
    expect(await count('SELECT 1 FROM appraisal WHERE employee_id = $1', [employee.id])).toBe(0);

    const number = uniqueToken('S');
    const created = await gql(
      'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }',
      {
        input: {
          unitId: unit.id,
          employeeNumber: number,
          givenName: 'Ada',
          familyName: 'Start',
          fte: 50,
          employmentType: 'PERMANENT',
          startDate: '0001-01-01',
        },
      },
      hr,
    );
    expect(created.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'startDate',
        code: 'DATE_TOO_EARLY',
        message: 'Startdato kan ikke være før 01.01.1940',
      },
    ]);
    expect(await count('SELECT 1 FROM employee WHERE employee_number = $1', [number])).toBe(0);
  });
});

/**
 * A flood of heavy requests and a stuck statement, on an API of its own (a small pool, a short
 * statement limit) over a database of its own: the tests lock tables there, which would stall
 * every other test on the shared database.
 */
describe('a flood of heavy requests leaves room for everyone else', () => {
  /** A small pool, and a statement limit long enough never to end the flood by itself. */
  let api: ApiProcess;
  /** The same database with a short statement limit. */
  let impatient: ApiProcess;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await isolatedDatabase();
    [api, impatient] = await Promise.all([
      startApi({
        DATABASE_URL: databaseUrl,
        KP_SEED_DEMO: 'false',
        KP_DB_POOL_SIZE: '8',
        KP_DB_STATEMENT_TIMEOUT_MS: '120000',
      }),
      startApi({
        DATABASE_URL: databaseUrl,
        KP_SEED_DEMO: 'false',
        KP_DB_STATEMENT_TIMEOUT_MS: '3000',
      }),
    ]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([api?.stop('SIGTERM'), impatient?.stop('SIGTERM')]);
  });

  async function lock(table: string): Promise<Client> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return client;
  }

  it('keeps /health and other users’ requests answering while heavy requests are stuck', async () => {
    const hr = await as(DEMO.hrGjovik, api.url);
    // HR sees their own municipality's people exactly, so any early-retirement age may be asked
    // there (where figures are rounded only the protected ages may, docs/gap-analysis.md): 24
    // distinct computations
    const flooder = await as(DEMO.hrGjovik, api.url);
    // the gap engine reads assessments: with the table locked, every heavy request hangs
    const locker = await lock('assessment');
    let settled = 0;
    const municipalities = await gql<{ municipalities: Array<{ id: string; number: string }> }>(
      '{ municipalities { id number } }',
      {},
      hr,
    );
    const gjovik = municipalities.data!.municipalities.find((m) => m.number === '3407')!.id;
    const flood = Array.from({ length: 24 }, (_, i) =>
      gql(
        'query ($age: Int, $m: ID) { gapAnalysis(filter: { earlyRetirementAge: $age, municipalityId: $m }) { today } }',
        { age: 50 + i, m: gjovik },
        flooder,
      ).finally(() => (settled += 1)),
    );
    try {
      // 2 slots (a quarter of 8 connections) and 20 waiting: the last 2 are refused at once
      const started = Date.now();
      while (settled < 2 && Date.now() - started < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const settledBefore = settled;
      expect(settledBefore).toBe(2);

      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(200);
      const light = await gql<{ municipalities: unknown[] }>('{ municipalities { name } }', {}, hr);
      expect(light.errors).toBeUndefined();
      expect(light.data?.municipalities).toHaveLength(5);
      const save = await gql(
        'mutation ($input: UpdateRegionSettingsInput!) { updateRegionSettings(input: $input) { minGroupSize } }',
        { input: { minGroupSize: 5 } },
        await as(DEMO.admin, api.url),
      );
      expect(save.errors).toBeUndefined();

      // all of that happened while the heavy requests were still waiting for the lock (the
      // statement limit here is two minutes), beyond the ones the limiter refused at once (one
      // caller may have 20 waiting)
      expect(settled).toBe(settledBefore);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const results = await Promise.all(flood);
    const outcomes = results.flatMap((result) => (result.errors ? codes(result) : ['OK']));
    expect(outcomes.filter((code) => !['OK', 'BUSY'].includes(code))).toEqual([]);
    expect(outcomes).toContain('BUSY');
  });

  it('stops a statement that runs past the limit with TIMEOUT and writes nothing', async () => {
    const hr = await as(DEMO.hrGjovik, impatient.url);
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `SELECT e.id, e.version, e.given_name FROM employee e JOIN municipality m ON m.id = e.municipality_id
         WHERE m.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m.number = '3407' AND e.active ORDER BY e.id LIMIT 1`,
      );
      const employee = rows[0];
      const locker = await lock('employee');
      let result: GraphQLResponse<unknown>;
      try {
        result = await gql(
          'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }',
          { input: { id: employee.id, version: employee.version, givenName: 'Tidsavbrudd' } },
          hr,
        );
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'TIMEOUT' },
        message: expect.stringContaining('stoppet etter 3 sekunder'),
      });
      const after = await admin.query('SELECT version, given_name FROM employee WHERE id = $1', [
        employee.id,
      ]);
      expect(after.rows[0]).toEqual({ version: employee.version, given_name: employee.given_name });
    } finally {
      await admin.end();
    }
  });
});
