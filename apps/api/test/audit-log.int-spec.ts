import { createHash, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { apiUrl, as, DEMO, DEMO_PASSWORD, gql, gqlOk } from './support/api-client';
import { makeEmployee } from './support/appraisal-factories';
import { closeDb, count, db } from './support/database';
import { demoUnit } from './support/factories';
import { userWithDemoPassword } from './support/users';
import { createPolicyFixtures, type PolicyFixtures } from './support/policy-fixtures';

/** The audit log: order and paging, what is recorded, who sees it, and its export. */

let f: PolicyFixtures;
beforeAll(async () => {
  f = await createPolicyFixtures();
});
afterAll(closeDb);

const LOG = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter) {
    id at action entityType entityId actorEmail employeeId employeeCount municipalityId unitId
    sessionId address details
  }
}`;

interface Entry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorEmail: string | null;
  employeeId: string | null;
  employeeCount: number;
  municipalityId: string | null;
  unitId: string | null;
  sessionId: string | null;
  address: string | null;
  details: string | null;
}

async function log(email: string, filter: Record<string, unknown>): Promise<Entry[]> {
  const data = await gqlOk<{ auditLog: Entry[] }>(LOG, { filter }, await as(email));
  return data.auditLog;
}

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token csrfToken }
}`;

/** A session of its own, with the id the log should name (found from the token's hash). */
async function signIn(email: string) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password: DEMO_PASSWORD } }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = await response.json();
  const token: string = body.data.login.token;
  const { rows } = await db().query('SELECT id FROM user_session WHERE token_hash = $1', [
    createHash('sha256').update(token).digest(),
  ]);
  return {
    token,
    sessionId: rows[0].id as string,
    csrfToken: body.data.login.csrfToken as string,
    cookie: response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; '),
    headers: { authorization: `Bearer ${token}` },
  };
}

/**
 * Refusals are counted per user and address, so counts start at one for a user of their own
 * whatever other test files have done as the demo users.
 */
function freshUser(role: string, municipalityId: string | null = null): Promise<string> {
  return userWithDemoPassword('logg', role, [municipalityId]);
}

/** The newest entries (straight from the table) with an action, for checks the API hides. */
async function rowsOf(action: string, where = 'true', params: unknown[] = []) {
  const { rows } = await db().query(
    `SELECT * FROM audit_log WHERE action = $1 AND ${where} ORDER BY at DESC, id DESC`,
    [action, ...params],
  );
  return rows;
}

describe('order and paging', () => {
  it('pages newest first by time, skipping and repeating nothing while entries are written', async () => {
    const employee = await makeEmployee(f.unitIn);
    const hr = await as(DEMO.hrGjovik);
    const read = () =>
      gqlOk('query ($id: ID!) { employee(id: $id) { id } }', { id: employee.id }, hr);
    // ids that cross a power of ten, where sorting them as text goes wrong (…98, …99, 1…00)
    await db().query(
      `SELECT setval(pg_get_serial_sequence('audit_log', 'id'),
                     greatest(last_value, power(10, length(last_value::text))::bigint - 25))
       FROM audit_log_id_seq`,
    );
    for (let i = 0; i < 60; i += 1) await read();

    const table = async () =>
      (
        await db().query(
          `SELECT id::text FROM audit_log WHERE employee_id = $1 ORDER BY at DESC, id DESC`,
          [employee.id],
        )
      ).rows.map((row: { id: string }) => row.id);
    const before = await table();
    expect(before).toHaveLength(60);

    // page through 7 at a time while 30 more reads are written
    const writing = (async () => {
      for (let i = 0; i < 30; i += 1) await read();
    })();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 40; page += 1) {
      const entries = await log(DEMO.admin, { employeeId: employee.id, first: 7, before: cursor });
      seen.push(...entries.map((entry) => entry.id));
      if (entries.length < 7) break;
      cursor = entries[entries.length - 1].id;
    }
    await writing;

    expect(new Set(seen).size).toBe(seen.length);
    // every entry that existed when paging began was shown, in the table's order
    expect(seen.filter((id) => before.includes(id))).toEqual(before);
    // whatever was shown came in the table's order too
    const after = await table();
    expect(seen).toEqual(after.filter((id) => seen.includes(id)));
    // the newest entry of all comes first
    const [newest] = await log(DEMO.admin, { employeeId: employee.id, first: 1 });
    expect(newest.id).toBe(after[0]);
  });

  it('refuses a cursor that is not an entry id, and a period that ends before it begins', async () => {
    const hr = await as(DEMO.hrGjovik);
    const cursor = await gql(LOG, { filter: { before: 'abc' } }, hr);
    expect(cursor.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'before' });
    const period = await gql(LOG, { filter: { from: '2026-05-02', to: '2026-05-01' } }, hr);
    expect(period.errors?.[0].message).toBe('Til dato kan ikke være før fra dato');
  });
});

describe('reads of lists', () => {
  it('are stored with the municipality (and unit), so HR sees who read a list of their people', async () => {
    const session = await signIn(DEMO.hrGjovik);
    const first = await makeEmployee(f.unitIn, {
      familyName: `Listelest-${randomUUID().slice(0, 6)}`,
    });
    await gqlOk(
      `query ($search: String) { employees(first: 5, filter: { search: $search }) { totalCount } }`,
      { search: first.familyName },
      { headers: session.headers },
    );
    const [entry] = (await log(DEMO.hrGjovik, { employeeId: first.id })).filter(
      (e) => e.action === 'employee.list',
    );
    expect(entry).toMatchObject({
      municipalityId: f.municipalityIn,
      unitId: f.unitIn,
      employeeCount: 1,
      sessionId: session.sessionId,
      actorEmail: DEMO.hrGjovik,
    });
    expect(entry.address).toMatch(/127\.0\.0\.1/);
  });

  it('spanning two municipalities become one entry per municipality, each naming only its people', async () => {
    // HR in two municipalities reads a list with people from both
    const email = await userWithDemoPassword('hr-to', 'MUNICIPALITY_HR', [
      f.municipalityIn,
      f.municipalityOut,
    ]);
    const family = `Tokommune-${randomUUID().slice(0, 6)}`;
    const inGjovik = await makeEmployee(f.unitIn, { familyName: family });
    const elsewhere = await makeEmployee(f.unitOut, { familyName: family });
    await gqlOk(
      `query ($search: String) { employees(first: 10, filter: { search: $search }) { totalCount } }`,
      { search: family },
      await as(email),
    );
    const parts = await rowsOf('employee.list', 'actor_email = $2', [email]);
    expect(
      parts.map((row) => ({ municipality: row.municipality_id, ids: row.employee_ids })),
    ).toEqual(
      expect.arrayContaining([
        { municipality: f.municipalityIn, ids: [inGjovik.id] },
        { municipality: f.municipalityOut, ids: [elsewhere.id] },
      ]),
    );
    expect(parts).toHaveLength(2);
    // HR of Gjøvik sees the Gjøvik part only
    const seen = await log(DEMO.hrGjovik, { employeeId: inGjovik.id });
    expect(seen.filter((e) => e.actorEmail === email)).toEqual([
      expect.objectContaining({ action: 'employee.list', employeeCount: 1 }),
    ]);
    expect(await log(DEMO.hrGjovik, { employeeId: elsewhere.id })).toEqual([]);
  });
});

describe('what is recorded', () => {
  it('records unit and catalogue changes with address and session', async () => {
    const session = await signIn(DEMO.hrGjovik);
    const { addUnit } = await gqlOk<{ addUnit: { id: string } }>(
      'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }',
      {
        input: {
          municipalityId: f.municipalityIn,
          // under the top unit: a second top unit would change Gjøvik's breakdowns for
          // the other test files sharing the database (the heatmap shows top units then)
          parentId: (await demoUnit('Helse og omsorg')).id,
          name: `Loggenhet ${randomUUID().slice(0, 8)}`,
        },
      },
      { headers: session.headers },
    );
    const [unit] = await rowsOf('unit.create', 'entity_id = $2', [addUnit.id]);
    expect(unit).toMatchObject({
      municipality_id: f.municipalityIn,
      unit_id: addUnit.id,
      session_id: session.sessionId,
      actor_email: DEMO.hrGjovik,
    });
    expect(unit.after).toMatchObject({ id: addUnit.id });
    // HR sees their municipality's unit changes
    const hrView = await log(DEMO.hrGjovik, { first: 50 });
    expect(hrView.map((e) => e.entityId)).toContain(addUnit.id);

    const coordinator = await signIn(DEMO.coordinator);
    const { createCompetence } = await gqlOk<{ createCompetence: { id: string } }>(
      `mutation ($input: CreateCompetenceInput!) { createCompetence(input: $input) { id } }`,
      {
        input: {
          name: `Loggkompetanse ${randomUUID().slice(0, 8)}`,
          buildingBlock: 'KNOWLEDGE',
          area: 'Logg',
        },
      },
      { headers: coordinator.headers },
    );
    const [competence] = await rowsOf('competence.create', 'entity_id = $2', [createCompetence.id]);
    expect(competence).toMatchObject({ session_id: coordinator.sessionId });
    expect(competence.address).toMatch(/127\.0\.0\.1/);
  });

  it('records sign-ins, failed sign-ins and sign-outs, and never a password', async () => {
    const session = await signIn(DEMO.leaderHomeCareGjovik);
    const [signedIn] = await rowsOf('auth.login', 'session_id = $2', [session.sessionId]);
    expect(signedIn).toMatchObject({
      actor_email: DEMO.leaderHomeCareGjovik,
      entity_type: 'user',
      details: { method: 'password' },
    });

    const wrong = `Feil-${randomUUID()}`;
    await gql(LOGIN, { email: DEMO.leaderHomeCareGjovik, password: wrong });
    const unknown = `ukjent-${randomUUID().slice(0, 8)}@reks.demo`;
    await gql(LOGIN, { email: unknown, password: wrong });
    // a password typed into the e-mail field
    const typedPassword = `Passord-${randomUUID()}`;
    await gql(LOGIN, { email: typedPassword, password: wrong });

    const failed = await rowsOf('auth.login.failed', "at > now() - interval '5 minutes'");
    expect(failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor_email: DEMO.leaderHomeCareGjovik,
          actor_user_id: null,
          entity_id: signedIn.entity_id,
          details: { reason: 'WRONG_PASSWORD', method: 'password' },
        }),
        expect.objectContaining({
          actor_email: unknown,
          entity_id: null,
          details: { reason: 'UNKNOWN_ACCOUNT', method: 'password' },
        }),
      ]),
    );
    for (const secret of [wrong, typedPassword]) {
      expect(await count(`SELECT 1 FROM audit_log a WHERE strpos(a::text, $1) > 0`, [secret])).toBe(
        0,
      );
    }

    await gqlOk('mutation { logout }', {}, { headers: session.headers });
    expect(await rowsOf('auth.logout', 'session_id = $2', [session.sessionId])).toHaveLength(1);
  });

  it('records refusals by the access rules, by the CSRF check and outside the scope', async () => {
    const admin = await signIn(await freshUser('REGION_ADMIN'));
    const refused = await gql(
      '{ employees(first: 1) { totalCount } }',
      {},
      { headers: admin.headers },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [denied] = await rowsOf('access.denied', 'session_id = $2', [admin.sessionId]);
    expect(denied.details).toMatchObject({
      reason: 'FORBIDDEN',
      operation: 'employees',
      countInWindow: 1,
    });

    // a signed-out visitor asking who they are is no refusal worth a line
    const me = await count(`SELECT 1 FROM audit_log WHERE details->>'operation' = 'me'`);
    expect((await gql('{ me { email } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT 1 FROM audit_log WHERE details->>'operation' = 'me'`)).toBe(me);

    // the CSRF check answers 403 with a Norwegian message, and is recorded
    const hrEmail = await freshUser('MUNICIPALITY_HR', f.municipalityIn);
    const hr = await signIn(hrEmail);
    const response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: hr.cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(403);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const body: any = await response.json();
    expect(body.errors).toEqual([
      {
        message: 'Forespørselen ble avvist av sikkerhetshensyn. Last siden på nytt og prøv igjen.',
        // the request id lets the user quote the refusal to support (docs/operations.md)
        extensions: { code: 'CSRF_REJECTED', fields: [], requestId: expect.any(String) },
      },
    ]);
    const [csrf] = await rowsOf('access.csrf_rejected', 'session_id = $2', [hr.sessionId]);
    expect(csrf.details).toMatchObject({ reason: 'CSRF_REJECTED', operation: 'logout' });
    // the session was not ended
    expect((await gql('{ me { email } }', {}, { headers: hr.headers })).data).toEqual({
      me: { email: hrEmail },
    });

    // a person outside the caller's scope answers like nobody; the log says who tried
    const missing = await gqlOk<{ employee: null }>(
      'query ($id: ID!) { employee(id: $id) { id } }',
      { id: f.employeeOut },
      { headers: hr.headers },
    );
    expect(missing.employee).toBeNull();
    const [outside] = await rowsOf('access.out_of_scope', 'session_id = $2', [hr.sessionId]);
    expect(outside).toMatchObject({
      employee_id: f.employeeOut,
      municipality_id: f.municipalityOut,
      entity_type: 'employee',
    });
    // an id that names nobody is not an attempt on anyone
    await gqlOk(
      'query ($id: ID!) { employee(id: $id) { id } }',
      { id: randomUUID() },
      {
        headers: hr.headers,
      },
    );
    expect(await rowsOf('access.out_of_scope', 'session_id = $2', [hr.sessionId])).toHaveLength(1);
  });

  it('keeps a flood of refusals to a handful of entries that say how many there were', async () => {
    const admin = await signIn(await freshUser('REGION_ADMIN'));
    const flood = await Promise.all(
      Array.from({ length: 100 }, () =>
        gql('{ employees(first: 1) { totalCount } }', {}, { headers: admin.headers }),
      ),
    );
    expect(flood.every((r) => r.errors?.[0].extensions?.code === 'FORBIDDEN')).toBe(true);
    // one request with 50 refused fields is one refusal
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `a${i}: employees(first: 1) { totalCount }`,
    );
    await gql(`{ ${aliases.join(' ')} }`, {}, { headers: admin.headers });

    // 101 refusals: the 1st, 2nd, 4th … 64th of the hour got an entry (per hour: a flood
    // that straddles the hour starts counting again)
    const entries = await rowsOf('access.denied', 'session_id = $2', [admin.sessionId]);
    const byWindow = new Map<string, number[]>();
    for (const { details } of entries) {
      byWindow.set(details.windowStart, [
        ...(byWindow.get(details.windowStart) ?? []),
        details.countInWindow,
      ]);
    }
    let atLeast = 0;
    for (const counts of byWindow.values()) {
      counts.sort((a, b) => a - b);
      expect(counts).toEqual(counts.map((_, i) => 2 ** i));
      atLeast += counts[counts.length - 1];
    }
    expect(atLeast).toBeLessThanOrEqual(101);
    expect(2 * atLeast).toBeGreaterThan(101);
    expect(entries.length).toBeLessThanOrEqual(byWindow.size === 1 ? 7 : 14);
  });
});

describe('the export', () => {
  async function download(email: string | null, query: string) {
    const headers: Record<string, string> = email
      ? { authorization: `Bearer ${(await signIn(email)).token}` }
      : {};
    return fetch(`${apiUrl()}/api/exports/audit-log?${query}`, { headers });
  }

  it('gives the region admin and HR their part of the log as CSV and XLSX, and is itself logged', async () => {
    const employee = await makeEmployee(f.unitIn);
    const hr = await as(DEMO.hrGjovik);
    for (let i = 0; i < 3; i += 1) {
      await gqlOk('query ($id: ID!) { employee(id: $id) { id } }', { id: employee.id }, hr);
    }
    const csv = await download(DEMO.hrGjovik, `format=csv&employeeId=${employee.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="revisjonslogg-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with a byte-order mark, so Excel reads æøå right
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0]).toEqual([
      'Tidspunkt',
      'Hvem',
      'Handling',
      'Gjelder',
      'ID',
      'Ansatt-ID',
      'Antall personer',
      'Kommune',
      'Enhet',
      'Økt',
      'Adresse',
      'Før',
      'Etter',
      'Detaljer',
    ]);
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows[1]).toEqual(
      expect.arrayContaining([DEMO.hrGjovik, 'employee.read', employee.id, 'Gjøvik']),
    );
    expect(rows[1][0]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);

    const xlsx = await download(DEMO.admin, `format=xlsx&employeeId=${employee.id}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Revisjonslogg');
    expect(sheet?.rowCount).toBe(1 + 3);
    expect(sheet?.getRow(2).getCell(3).value).toBe('employee.read');

    const exports = await rowsOf('audit.export', 'actor_email = $2', [DEMO.hrGjovik]);
    expect(exports[0]).toMatchObject({
      municipality_id: f.municipalityIn,
      details: expect.objectContaining({ format: 'csv' }),
    });
  });

  it('gives HR only their municipality, and refuses everyone else', async () => {
    const csv = await download(DEMO.hrGjovik, 'format=csv&from=2020-01-01');
    const rows: string[][] = parse(
      Buffer.from(await csv.arrayBuffer())
        .subarray(3)
        .toString(),
      {
        delimiter: ';',
      },
    );
    expect(new Set(rows.slice(1).map((row) => row[7]))).toEqual(new Set(['Gjøvik']));

    const leader = await download(DEMO.leaderHomeCareGjovik, 'format=csv');
    expect(leader.status).toBe(403);
    expect(await leader.json()).toEqual({
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette.',
    });
    expect((await download(null, 'format=csv')).status).toBe(401);
    const bad = await download(DEMO.admin, 'format=pdf');
    expect(bad.status).toBe(400);
    const badDate = await download(DEMO.admin, 'from=2026-02-30');
    expect(await badDate.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Fra dato er ikke en gyldig dato (skriv den som ÅÅÅÅ-MM-DD)',
    });
  });
});
