import ExcelJS from 'exceljs';
import { EMPLOYEE_FIELDS } from '@kp/domain';
import { as, apiUrl, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import { ensureUnit, semicolonCsv, upload } from './fixtures/imports/import-helpers';

// A safe import (issue 15, item 6): the exact columns and templates, hints for near-miss
// headers, the mass-deactivation guard, and undo. HR in Gjøvik, each test in units of its own.
const GJOVIK = '3407';
const HEADER = ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Yrkeskode', 'Stillingsprosent'];
let hr: { headers: Record<string, string> };

beforeAll(async () => {
  hr = await as(DEMO.hrGjovik);
});
afterAll(closeDb);

function importEmployees(file: Buffer, query: Record<string, string>) {
  return upload('employees', file, { municipality: GJOVIK, ...query }, hr.headers);
}

/** `count` employees PREFIX-01 … in the unit, created by a real import. */
async function staffUnit(unitName: string, prefix: string, count: number): Promise<string> {
  const unitId = await ensureUnit(GJOVIK, unitName);
  const rows = Array.from({ length: count }, (_, i) => [
    `${prefix}-${String(i + 1).padStart(2, '0')}`,
    `Fornavn${i + 1}`,
    'Vaktsen',
    unitName,
    i % 2 ? '5321' : '2223',
    '80',
  ]);
  const { status, body } = await importEmployees(semicolonCsv(HEADER, rows), {
    unitId,
    dryRun: 'false',
  });
  expect(status).toBe(200);
  expect(body.counts.created).toBe(count);
  return unitId;
}

/** The stored employees with the given prefix, everything an import can change. */
async function snapshot(prefix: string): Promise<unknown[]> {
  const { rows } = await db().query(
    `SELECT employee_number, given_name, family_name, unit_id, position_title, profession_code,
            fte::text, employment_type, birth_year, start_date::text, active
     FROM employee WHERE employee_number LIKE $1 ORDER BY employee_number`,
    [`${prefix}-%`],
  );
  return rows;
}

async function activeCount(prefix: string): Promise<number> {
  const { rows } = await db().query(
    `SELECT count(*)::int AS n FROM employee WHERE employee_number LIKE $1 AND active`,
    [`${prefix}-%`],
  );
  return rows[0].n;
}

const UNDO = `mutation ($id: ID!) {
  undoImportRun(runId: $id) {
    employeesRestored employeesRemoved qualificationsRemoved assessmentsRemoved
    run { id undoStatus undoneAt undoneByName }
  }
}`;

describe('the columns the page lists, and the templates', () => {
  it('importColumns gives the parser’s own headers, in template order, with what each holds', async () => {
    const data = await gqlOk<{
      importColumns: Array<{ header: string; required: boolean; alsoAccepted: string[] }>;
    }>(
      '{ importColumns(kind: EMPLOYEES) { header required alsoAccepted description example } }',
      {},
      hr,
    );
    // the parser's own definitions, in order
    expect(data.importColumns.map((column) => [column.header, column.required])).toEqual(
      EMPLOYEE_FIELDS.map((spec) => [spec.label, spec.required]),
    );
    expect(
      data.importColumns.filter((column) => column.required).map((column) => column.header),
    ).toEqual(['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent']);
    expect(data.importColumns[0].alsoAccepted).toContain('Ansattnr');
  });

  it.each([
    ['employees.csv', 'text/csv; charset=utf-8', 'importmal-ansatte.csv'],
    [
      'qualifications.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'importmal-kvalifikasjoner.xlsx',
    ],
  ])('GET /api/imports/templates/%s downloads the template', async (file, type, name) => {
    const response = await fetch(`${apiUrl()}/api/imports/templates/${file}`, hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10);
  });

  it('refuses an unknown template, and a caller who is not signed in', async () => {
    const unknown = await fetch(`${apiUrl()}/api/imports/templates/ansatte.pdf`, hr);
    expect(unknown.status).toBe(404);
    const anonymous = await fetch(`${apiUrl()}/api/imports/templates/employees.csv`);
    expect(anonymous.status).toBe(401);
  });

  it('the XLSX template, filled in with one employee, imports as it is', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest mal');
    const response = await fetch(`${apiUrl()}/api/imports/templates/employees.xlsx`, hr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    sheet.addRow([
      '0042',
      'Mal',
      'Malsen',
      'Importtest mal',
      'Sykepleier',
      '2223',
      80,
      'fast',
      1985,
      new Date(Date.UTC(2020, 7, 1)),
      'ja',
    ]);
    const { status, body } = await importEmployees(Buffer.from(await workbook.xlsx.writeBuffer()), {
      unitId,
      dryRun: 'true',
      filename: 'importmal-ansatte.xlsx',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, counts: { created: 1 }, warnings: [] });
    expect(body.file.columns).toHaveLength(11);
    expect(body.file.ignoredColumns).toEqual([]);
    expect(body.rows.created).toEqual([{ row: 2, employeeNumber: '0042', name: 'Mal Malsen' }]);
  });
});

describe('near-miss headers', () => {
  it('a file with «Navn» and «Yrke» is refused for the missing columns, with a hint for each', async () => {
    const file = semicolonCsv(
      ['Ansattnummer', 'Navn', 'Enhet', 'Yrke', 'Stillingsprosent'],
      [['NM-1', 'Kari Nordmann', 'Hjemmetjenesten Gjøvik', '2223', '80']],
    );
    const { status, body } = await importEmployees(file, { dryRun: 'true' });
    expect(status).toBe(422);
    expect(body.errors.map((error) => error.code)).toEqual(['MISSING_COLUMNS']);
    // the wording is the unit tests' (header-hints.spec); here: both reach the report
    expect(body.warnings.map((warning) => [warning.row, warning.column, warning.code])).toEqual([
      [1, 'Navn', 'HEADER_HINT'],
      [1, 'Yrke', 'HEADER_HINT'],
    ]);
    expect(body.warnings[1].message).toContain('Mente du «Yrkeskode»');
  });

  it('a readable file still gets the hint for a column it leaves unread', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest hint');
    const file = semicolonCsv(
      ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Yrke', 'Stilling %'],
      [['NH-1', 'Kari', 'Nordmann', 'Importtest hint', '2223', '80']],
    );
    const { status, body } = await importEmployees(file, { unitId, dryRun: 'true' });
    expect(status).toBe(200);
    expect(body.file.columns.map((column) => [column.label, column.header])).toContainEqual([
      'Stillingsprosent',
      'Stilling %',
    ]);
    expect(body.warnings.map((warning) => [warning.code, warning.column])).toEqual([
      ['HEADER_HINT', 'Yrke'],
    ]);
  });
});

describe('a short file against a unit of 25: the deactivation guard, then undo', () => {
  const PREFIX = 'VAKT';
  let unitId: string;
  let before: unknown[];
  const shortFile = () =>
    semicolonCsv(
      HEADER,
      [1, 2, 3].map((i) => [
        `${PREFIX}-0${i}`,
        `Fornavn${i}`,
        'Vaktsen',
        'Importtest vakt',
        '2223',
        '100', // changes the FTE of the three
      ]),
    );

  beforeAll(async () => {
    unitId = await staffUnit('Importtest vakt', PREFIX, 25);
    before = await snapshot(PREFIX);
  });

  it('the preview names the count and says a confirmation is needed', async () => {
    const { status, body } = await importEmployees(shortFile(), { unitId, dryRun: 'true' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      applied: false,
      counts: { created: 0, updated: 3, unchanged: 0, deactivated: 22, errors: 0 },
      deactivation: { count: 22, activeInScope: 25, confirmationRequired: true, confirmed: null },
    });
    expect(body.warnings.map((warning) => warning.code)).toEqual(['MASS_DEACTIVATION']);
    expect(body.warnings[0].message).toMatch(
      /^Importen vil deaktivere 22 av 25 aktive ansatte i Gjøvik under «Importtest vakt» \(88\s%\)/,
    );
  });

  it.each([
    ['no confirmation', {}, /^Importen vil deaktivere 22 av 25 aktive ansatte/],
    ['the wrong count', { confirmDeactivate: '21' }, /^Du bekreftet 21, men importen vil/],
  ])('a real run with %s is refused and writes nothing', async (_case, extra, message) => {
    const { status, body } = await importEmployees(shortFile(), {
      unitId,
      dryRun: 'false',
      ...extra,
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ applied: false, ok: false, counts: { errors: 1 } });
    expect(body.errors).toEqual([
      expect.objectContaining({ row: null, code: 'DEACTIVATION_NOT_CONFIRMED' }),
    ]);
    expect(body.errors[0].message).toMatch(message);
    expect(await snapshot(PREFIX)).toEqual(before);
  });

  it('a confirmation that is not a number is a clear 400', async () => {
    const { status, body } = await importEmployees(shortFile(), {
      unitId,
      dryRun: 'false',
      confirmDeactivate: 'ja',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'confirmDeactivate', code: 'INVALID_NUMBER' })],
    });
    expect(await snapshot(PREFIX)).toEqual(before);
  });

  let runId: string;

  it('with the exact count it applies, and says until when it can be undone', async () => {
    const versionBefore = await dataVersion();
    const { status, body } = await importEmployees(shortFile(), {
      unitId,
      dryRun: 'false',
      confirmDeactivate: '22',
      filename: 'tre.csv',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      applied: true,
      counts: { updated: 3, deactivated: 22 },
      deactivation: { count: 22, confirmed: 22 },
    });
    const days = (Date.parse(body.undoableUntil ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(await activeCount(PREFIX)).toBe(3);
    expect(await dataVersion()).toBeGreaterThan(versionBefore);
    runId = body.runId!;
  });

  it('the history lists the run as undoable', async () => {
    const municipalityId = await gjovikId();
    const data = await gqlOk<{ importRuns: Array<Record<string, unknown>> }>(
      `query ($m: ID!) { importRuns(municipalityId: $m) {
         id kind fileName viaCommandLine appliedByName unitName created updated deactivated
         undoStatus undoBlockedReason undoneAt } }`,
      { m: municipalityId },
      hr,
    );
    expect(data.importRuns.find((run) => run.id === runId)).toEqual({
      id: runId,
      kind: 'EMPLOYEES',
      fileName: 'tre.csv',
      viaCommandLine: false,
      appliedByName: expect.any(String),
      unitName: 'Importtest vakt',
      created: 0,
      updated: 3,
      deactivated: 22,
      undoStatus: 'UNDOABLE',
      undoBlockedReason: null,
      undoneAt: null,
    });
  });

  it('undo puts every employee back exactly as before, in one audited transaction', async () => {
    const versionBefore = await dataVersion();
    const data = await gqlOk<{
      undoImportRun: { employeesRestored: number; employeesRemoved: number; run: object };
    }>(UNDO, { id: runId }, hr);
    expect(data.undoImportRun).toMatchObject({
      employeesRestored: 25,
      employeesRemoved: 0,
      run: { id: runId, undoStatus: 'UNDONE', undoneAt: expect.any(String) },
    });
    expect(await snapshot(PREFIX)).toEqual(before);
    expect(await activeCount(PREFIX)).toBe(25);
    // the gap figures follow: the region's data version moved on
    expect(await dataVersion()).toBeGreaterThan(versionBefore);

    const { rows } = await db().query(
      `SELECT action, count(*)::int AS n FROM audit_log
       WHERE entity_id = $1 OR details->>'undoOf' = $1::text GROUP BY action ORDER BY action`,
      [runId],
    );
    expect(rows).toEqual([
      { action: 'employee.update', n: 25 },
      { action: 'import.employees', n: 1 },
      { action: 'import.employees.undo', n: 1 },
    ]);
    const { rows: reactivated } = await db().query(
      `SELECT a.before, a.after FROM audit_log a JOIN employee e ON e.id = a.employee_id
       WHERE a.details->>'undoOf' = $1::text AND e.employee_number = $2`,
      [runId, `${PREFIX}-25`],
    );
    expect(reactivated).toEqual([{ before: { active: false }, after: { active: true } }]);
    // the before-images have done their work
    const images = await db().query(
      `SELECT count(*)::int AS n FROM import_run_employee WHERE run_id = $1`,
      [runId],
    );
    expect(images.rows[0].n).toBe(0);
  });

  it('undoing twice is refused clearly, and changes nothing', async () => {
    const result = await gql(UNDO, { id: runId }, hr);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Importen er allerede angret .* Den kan ikke angres to ganger\.$/,
      ),
      extensions: { code: 'IMPORT_ALREADY_UNDONE' },
    });
    expect(await snapshot(PREFIX)).toEqual(before);
  });
});

async function dataVersion(): Promise<number> {
  const { rows } = await db().query(
    `SELECT v.version::int AS version FROM region_data_version v
     JOIN municipality m ON m.region_id = v.region_id WHERE m.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m.number = $1`,
    [GJOVIK],
  );
  return rows[0].version;
}

async function gjovikId(): Promise<string> {
  const { rows } = await db().query(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = $1`,
    [GJOVIK],
  );
  return rows[0].id;
}
