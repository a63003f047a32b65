import ExcelJS from 'exceljs';
import { as, DEMO } from './support/api-client';
import { closeDb, db } from './support/database';
import {
  employeeCount,
  ensureUnit,
  fixture,
  upload,
  type ImportReportBody,
} from './fixtures/imports/import-helpers';

// HR in Gjøvik imports into units of the tests' own, each import limited to its unit
// (unitId), so the counts are exact while other tests and the demo data share Gjøvik.
const GJOVIK = '3407';
let hr: Record<string, string>;

beforeAll(async () => {
  hr = (await as(DEMO.hrGjovik)).headers;
});
afterAll(closeDb);

function importEmployees(file: Buffer | string, query: Record<string, string>) {
  return upload(
    'employees',
    typeof file === 'string' ? fixture(file) : file,
    { municipality: GJOVIK, ...query },
    hr,
  );
}

interface StoredEmployee {
  employee_number: string;
  given_name: string;
  family_name: string;
  unit: string;
  position_title: string;
  profession_code: string | null;
  fte: string;
  employment_type: string;
  birth_year: number | null;
  start_date: string | null;
  active: boolean;
  version: number;
}

async function stored(prefix: string): Promise<StoredEmployee[]> {
  const { rows } = await db().query(
    `SELECT e.employee_number, e.given_name, e.family_name, u.name AS unit, e.position_title,
            e.profession_code, e.fte::text, e.employment_type, e.birth_year,
            to_char(e.start_date, 'YYYY-MM-DD') AS start_date, e.active, e.version
     FROM employee e JOIN unit u ON u.id = e.unit_id
     WHERE e.employee_number LIKE $1 ORDER BY e.employee_number`,
    [`${prefix}%`],
  );
  return rows;
}

function expectNothingChanged(body: ImportReportBody, unchanged: number) {
  expect(body.counts).toEqual({
    created: 0,
    updated: 0,
    unchanged,
    deactivated: 0,
    errors: 0,
  });
}

describe('CSV with semicolons, UTF-8 with BOM, decimal comma and dd.mm.yyyy', () => {
  let unitId: string;

  beforeAll(async () => {
    unitId = await ensureUnit(GJOVIK, 'Importtest Åsheim omsorgssenter');
    await ensureUnit(GJOVIK, 'Importtest Åsheim korttid', 'Importtest Åsheim omsorgssenter');
  });

  it('dry run: reports every row as new and writes nothing', async () => {
    const { status, body } = await importEmployees('employees-semicolon-bom.csv', {
      unitId,
      dryRun: 'true',
      filename: 'ansatte.csv',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'employees',
      dryRun: true,
      applied: false,
      ok: true,
      municipality: { number: GJOVIK, name: 'Gjøvik' },
      unit: { id: unitId, name: 'Importtest Åsheim omsorgssenter' },
      file: {
        name: 'ansatte.csv',
        format: 'csv',
        encoding: 'utf-8-bom',
        delimiter: ';',
        dataRows: 5,
        ignoredColumns: [],
      },
      counts: { created: 5, updated: 0, unchanged: 0, deactivated: 0, errors: 0 },
      errors: [],
    });
    expect(body.rows.created).toEqual([
      { row: 2, employeeNumber: 'IMP-A-001', name: 'Åse Bjørgum' },
      { row: 3, employeeNumber: 'IMP-A-002', name: 'Øyvind Sæther' },
      { row: 4, employeeNumber: 'IMP-A-003', name: 'Ærlend Haugstøl' },
      { row: 5, employeeNumber: 'IMP-A-004', name: 'Kari "Kaja" Nordmann-Lie' },
      { row: 6, employeeNumber: 'IMP-A-005', name: 'Per Ås' },
    ]);
    expect(await employeeCount('IMP-A-')).toBe(0);
  });

  it('real run: creates the employees exactly as written, and audits the run', async () => {
    const { status, body } = await importEmployees('employees-semicolon-bom.csv', {
      unitId,
      dryRun: 'false',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ applied: true, ok: true, counts: { created: 5, errors: 0 } });

    expect(await stored('IMP-A-')).toEqual([
      {
        employee_number: 'IMP-A-001',
        given_name: 'Åse',
        family_name: 'Bjørgum',
        unit: 'Importtest Åsheim omsorgssenter',
        position_title: 'Sykepleier',
        profession_code: '2223',
        fte: '80.00',
        employment_type: 'PERMANENT',
        birth_year: 1978,
        start_date: '2005-08-01',
        active: true,
        version: 1,
      },
      expect.objectContaining({
        employee_number: 'IMP-A-002',
        fte: '100.00',
        profession_code: '5321',
      }),
      expect.objectContaining({
        employee_number: 'IMP-A-003',
        unit: 'Importtest Åsheim korttid',
        fte: '66.67',
        employment_type: 'TEMPORARY',
        start_date: '2021-01-04',
      }),
      expect.objectContaining({
        employee_number: 'IMP-A-004',
        given_name: 'Kari "Kaja"',
        fte: '33.33',
        employment_type: 'SUBSTITUTE',
        start_date: null,
      }),
      expect.objectContaining({ employee_number: 'IMP-A-005', active: true, birth_year: 1965 }),
    ]);

    const audit = await db().query(
      `SELECT action, actor_email, municipality_id IS NOT NULL AS has_municipality, details
       FROM audit_log WHERE details->>'importRun' = $1 OR entity_id = $1 ORDER BY id`,
      [body.runId],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      ...Array(5).fill('employee.create'),
      'import.employees',
    ]);
    expect(audit.rows[5]).toMatchObject({
      actor_email: DEMO.hrGjovik,
      has_municipality: true,
      details: {
        via: 'http',
        dryRun: false,
        applied: true,
        counts: { created: 5, updated: 0, unchanged: 0, deactivated: 0, errors: 0 },
      },
    });
  });

  it('a second run of the same file changes nothing', async () => {
    const { status, body } = await importEmployees('employees-semicolon-bom.csv', {
      unitId,
      dryRun: 'false',
    });
    expect(status).toBe(200);
    expectNothingChanged(body, 5);
    expect((await stored('IMP-A-')).map((employee) => employee.version)).toEqual([1, 1, 1, 1, 1]);
  });

  it('dry run of a changed file: row by row what is created, updated, unchanged and deactivated', async () => {
    const { status, body } = await importEmployees('employees-semicolon-bom-changed.csv', {
      unitId,
      dryRun: 'true',
    });
    expect(status).toBe(200);
    expect(body.counts).toEqual({
      created: 1,
      updated: 2,
      unchanged: 2,
      deactivated: 1,
      errors: 0,
    });
    expect(body.rows).toEqual({
      created: [{ row: 6, employeeNumber: 'IMP-A-006', name: 'Liv Grønli' }],
      updated: [
        {
          row: 3,
          employeeNumber: 'IMP-A-002',
          name: 'Øyvind Sæther',
          changes: [
            {
              field: 'positionTitle',
              label: 'Stilling',
              from: 'Helsefagarbeider',
              to: 'Fagarbeider med ansvar',
            },
            { field: 'fte', label: 'Stillingsprosent', from: '100', to: '80,5' },
          ],
        },
        {
          row: 4,
          employeeNumber: 'IMP-A-003',
          name: 'Ærlend Haugstøl',
          changes: [
            {
              field: 'unitId',
              label: 'Enhet',
              from: 'Importtest Åsheim korttid',
              to: 'Importtest Åsheim omsorgssenter',
            },
            { field: 'employmentType', label: 'Ansettelsesform', from: 'midlertidig', to: 'fast' },
          ],
        },
      ],
      unchanged: [
        { row: 2, employeeNumber: 'IMP-A-001', name: 'Åse Bjørgum' },
        { row: 5, employeeNumber: 'IMP-A-005', name: 'Per Ås' },
      ],
      deactivated: [{ row: null, employeeNumber: 'IMP-A-004', name: 'Kari "Kaja" Nordmann-Lie' }],
    });
    expect(await employeeCount('IMP-A-006')).toBe(0);
    expect((await stored('IMP-A-')).every((employee) => employee.version === 1)).toBe(true);
  });

  it('real run of the changed file applies it with before/after in the audit log, then a re-run changes nothing', async () => {
    const { body } = await importEmployees('employees-semicolon-bom-changed.csv', {
      unitId,
      dryRun: 'false',
    });
    expect(body).toMatchObject({
      applied: true,
      counts: { created: 1, updated: 2, unchanged: 2, deactivated: 1, errors: 0 },
    });
    const after = await stored('IMP-A-');
    expect(after.map((e) => [e.employee_number, e.fte, e.active, e.version])).toEqual([
      ['IMP-A-001', '80.00', true, 1],
      ['IMP-A-002', '80.50', true, 2],
      ['IMP-A-003', '66.67', true, 2],
      ['IMP-A-004', '33.33', false, 2],
      ['IMP-A-005', '50.00', true, 1],
      ['IMP-A-006', '100.00', true, 1],
    ]);

    const changes = await db().query(
      `SELECT a.action, e.employee_number, a.before, a.after FROM audit_log a
       JOIN employee e ON e.id = a.employee_id
       WHERE a.details->>'importRun' = $1 ORDER BY e.employee_number`,
      [body.runId],
    );
    expect(changes.rows).toEqual([
      {
        action: 'employee.update',
        employee_number: 'IMP-A-002',
        before: { positionTitle: 'Helsefagarbeider', fte: 100 },
        after: { positionTitle: 'Fagarbeider med ansvar', fte: 80.5 },
      },
      expect.objectContaining({
        action: 'employee.update',
        employee_number: 'IMP-A-003',
        before: expect.objectContaining({ employmentType: 'TEMPORARY' }),
        after: expect.objectContaining({ employmentType: 'PERMANENT' }),
      }),
      {
        action: 'employee.update',
        employee_number: 'IMP-A-004',
        before: { active: true },
        after: { active: false },
      },
      expect.objectContaining({ action: 'employee.create', employee_number: 'IMP-A-006' }),
    ]);

    const again = await importEmployees('employees-semicolon-bom-changed.csv', {
      unitId,
      dryRun: 'false',
    });
    expectNothingChanged(again.body, 5);
  });

  it('without a unit, a dry run deactivates the active employees of the whole municipality missing from the file', async () => {
    const inFile = ['IMP-A-001', 'IMP-A-002', 'IMP-A-003', 'IMP-A-005', 'IMP-A-006'];
    const missing = async () => {
      const { rows } = await db().query(
        `SELECT count(*)::int AS n FROM employee e JOIN municipality m ON m.id = e.municipality_id
         WHERE m.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m.number = $1 AND e.active AND e.erased_at IS NULL
           AND e.employee_number <> ALL($2::text[])`,
        [GJOVIK, inFile],
      );
      return rows[0].n as number;
    };
    const before = await missing();
    const { status, body } = await importEmployees('employees-semicolon-bom-changed.csv', {
      dryRun: 'true',
    });
    const after = await missing();
    expect(status).toBe(200);
    expect(body.unit).toBeNull();
    // other tests may add employees to Gjøvik meanwhile
    expect(body.counts.deactivated).toBeGreaterThanOrEqual(Math.min(before, after));
    expect(body.counts.deactivated).toBeLessThanOrEqual(Math.max(before, after));
    expect(body.counts.unchanged).toBe(5);

    // the preview showed existing employees: audited as a read of a list of persons
    const { rows } = await db().query(
      `SELECT action, cardinality(employee_ids) AS n FROM audit_log WHERE entity_id = $1`,
      [body.runId],
    );
    expect(rows).toEqual([
      {
        action: 'import.employees.preview',
        n: body.rows.unchanged.length + body.rows.deactivated.length,
      },
    ]);
  });
});

describe('CSV with commas, UTF-8 without BOM, quoted fields and other header names', () => {
  it('reads, imports and re-imports without changes', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest Øvre Bøkeli');
    const dry = await importEmployees('employees-comma.csv', { unitId });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      file: {
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        dataRows: 3,
        ignoredColumns: ['Merknad'],
      },
      counts: { created: 3, updated: 0, unchanged: 0, deactivated: 0, errors: 0 },
    });
    expect(dry.body.file.columns.map((column) => [column.field, column.header])).toEqual([
      ['employeeNumber', 'Ansattnr'],
      ['givenName', 'Fornavn'],
      ['familyName', 'Etternavn'],
      ['unit', 'Avdeling'],
      ['positionTitle', 'Stillingstittel'],
      ['professionCode', 'STYRK'],
      ['fte', 'Stillingsandel'],
      ['employmentType', 'Ansettelsestype'],
      ['birthYear', 'Fødselsår'],
      ['startDate', 'Ansatt fra'],
    ]);

    const real = await importEmployees('employees-comma.csv', { unitId, dryRun: 'false' });
    expect(real.body).toMatchObject({ applied: true, counts: { created: 3 } });
    expect(await stored('IMP-B-')).toEqual([
      expect.objectContaining({
        family_name: 'Dahl, jr.',
        position_title: 'Sykepleier, natt',
        fte: '75.50',
        employment_type: 'PERMANENT',
        start_date: '2000-01-02',
      }),
      // seven-digit yrkeskode → its STYRK-08 group; d.m.yyyy dates
      expect.objectContaining({
        profession_code: '5321',
        employment_type: 'TEMPORARY',
        start_date: '2022-06-01',
      }),
      expect.objectContaining({
        given_name: 'Åge',
        family_name: 'Ødegård',
        employment_type: 'SUBSTITUTE',
        start_date: null,
      }),
    ]);

    const again = await importEmployees('employees-comma.csv', { unitId, dryRun: 'false' });
    expectNothingChanged(again.body, 3);
  });
});

describe('CSV in Windows-1252', () => {
  it('reads æøå right, imports and re-imports without changes', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest Sørbråten');
    const dry = await importEmployees('employees-windows-1252.csv', { unitId });
    expect(dry.body).toMatchObject({
      ok: true,
      file: { encoding: 'windows-1252', delimiter: ';', dataRows: 3 },
      counts: { created: 3, errors: 0 },
    });
    expect(dry.body.rows.created.map((row) => row.name)).toEqual([
      'Bjørg Åsvang',
      'Ærling Grønstøl',
      'Märta Øien',
    ]);
    await importEmployees('employees-windows-1252.csv', { unitId, dryRun: 'false' });
    expect((await stored('IMP-C-')).map((e) => [e.family_name, e.unit, e.fte])).toEqual([
      ['Åsvang', 'Importtest Sørbråten', '100.00'],
      ['Grønstøl', 'Importtest Sørbråten', '60.00'],
      ['Øien', 'Importtest Sørbråten', '25.50'],
    ]);
    const again = await importEmployees('employees-windows-1252.csv', { unitId, dryRun: 'false' });
    expectNothingChanged(again.body, 3);
  });
});

describe('XLSX', () => {
  async function workbook(rows: ExcelJS.CellValue[][], formats: Record<string, string> = {}) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ansatte');
    rows.forEach((values, index) => {
      if (values.length === 0) return; // a blank row stays blank
      const row = sheet.getRow(index + 1);
      row.values = values;
      for (const [column, format] of Object.entries(formats)) {
        if (index > 0) row.getCell(Number(column)).numFmt = format;
      }
      row.commit();
    });
    book.addWorksheet('Notater').addRow(['Bare det første arket leses']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const HEADER = [
    'Ansattnummer',
    'Fornavn',
    'Etternavn',
    'Enhet',
    'Stillingsprosent',
    'Fødselsår',
    'Startdato',
    'Aktiv',
  ];
  const PERCENT = '5';
  const DATE = '7';

  it('reads the first worksheet: numbers, percent and date cells; imports and re-imports without changes', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest Excelstua');
    const file = await workbook(
      [
        HEADER,
        [
          77000001,
          'Ingrid',
          'Bø',
          'Importtest Excelstua',
          0.8,
          1975,
          new Date(Date.UTC(2019, 7, 15)),
          true,
        ],
        [
          'IMP-X-002',
          'Håkon',
          'Løvås',
          'importtest excelstua',
          0.6667,
          1990,
          new Date(Date.UTC(2021, 0, 4)),
          'Ja',
        ],
        [],
        ['IMP-X-003', 'Tone', 'Ås', 'Importtest Excelstua', 1, 2000, null, null],
      ],
      { [PERCENT]: '0%', [DATE]: 'dd.mm.yyyy' },
    );
    const headers = {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    const dry = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId, filename: 'ansatte.xlsx' },
      { ...hr, ...headers },
    );
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      file: { format: 'xlsx', encoding: null, delimiter: null, dataRows: 3 },
      counts: { created: 3, errors: 0 },
    });
    expect(dry.body.rows.created.map((row) => [row.row, row.employeeNumber])).toEqual([
      [2, '77000001'],
      [3, 'IMP-X-002'],
      [5, 'IMP-X-003'],
    ]);

    await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId, dryRun: 'false' },
      { ...hr, ...headers },
    );
    const { rows } = await db().query(
      `SELECT employee_number, fte::text, birth_year, to_char(start_date, 'YYYY-MM-DD') AS start_date, active
       FROM employee WHERE unit_id = $1 ORDER BY employee_number`,
      [unitId],
    );
    expect(rows).toEqual([
      {
        employee_number: '77000001',
        fte: '80.00',
        birth_year: 1975,
        start_date: '2019-08-15',
        active: true,
      },
      {
        employee_number: 'IMP-X-002',
        fte: '66.67',
        birth_year: 1990,
        start_date: '2021-01-04',
        active: true,
      },
      {
        employee_number: 'IMP-X-003',
        fte: '100.00',
        birth_year: 2000,
        start_date: null,
        active: true,
      },
    ]);
    const again = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId, dryRun: 'false' },
      { ...hr, ...headers },
    );
    expectNothingChanged(again.body, 3);
  });

  it('reports errors with the row numbers the spreadsheet shows', async () => {
    const unitId = await ensureUnit(GJOVIK, 'Importtest Excelfeil');
    const file = await workbook(
      [
        HEADER,
        ['IMP-X-101', 'Rolf', 'Rett', 'Importtest Excelfeil', 0.5, 1980, null, true],
        [],
        [],
        ['IMP-X-102', 'Frida', 'Feil', 'Importtest Excelfeil', 1.5, 1980, null, true],
      ],
      { [PERCENT]: '0%' },
    );
    const { status, body } = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId, dryRun: 'false' },
      hr,
    );
    expect(status).toBe(422);
    expect(body.applied).toBe(false);
    expect(body.errors).toEqual([
      {
        row: 5,
        column: 'Stillingsprosent',
        code: 'FTE_OUT_OF_RANGE',
        message: 'Stillingsprosent må være mellom 0 og 100 (fant 150).',
      },
    ]);
    expect(await employeeCount('IMP-X-10')).toBe(0);
  });
});
