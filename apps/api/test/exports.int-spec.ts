import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { apiUrl, as, DEMO } from './support/api-client';
import { closeDb, db } from './support/database';
import { ensureCompetence, ensureUnit } from './fixtures/imports/import-helpers';

// A unit of the tests' own under "Hjemmetjenesten Gjøvik" (the demo unit leader's unit), with
// employees whose names try to smuggle formulas into a leader's spreadsheet.
const GJOVIK = '3407';
let unitId: string;
let outsideId: string;
const ids: Record<string, string> = {};

async function insertEmployee(
  number: string,
  given: string,
  family: string,
  unit: string,
  profession: string | null,
  fte: number,
  active = true,
): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
       family_name, profession_code, fte, employment_type, active)
     SELECT u.region_id, u.municipality_id, u.id, $1, $2, $3, $5, $6, 'PERMANENT', $7
     FROM unit u WHERE u.id = $4
     ON CONFLICT (municipality_id, employee_number) DO UPDATE SET given_name = EXCLUDED.given_name
     RETURNING id`,
    [number, given, family, unit, profession, fte, active],
  );
  return rows[0].id;
}

async function assess(
  employeeId: string,
  competenceId: string,
  level: number,
  source: string,
  validUntil: string | null = null,
  assessedOn = '2024-01-10',
) {
  await db().query(
    `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
       assessed_on, valid_until)
     SELECT region_id, $1, $2, $3, $4, 'Importtest', $6, $5 FROM employee WHERE id = $1`,
    [employeeId, competenceId, level, source, validUntil, assessedOn],
  );
}

beforeAll(async () => {
  unitId = await ensureUnit(GJOVIK, 'Importtest Eksport', 'Hjemmetjenesten Gjøvik');
  const night = await ensureUnit(GJOVIK, 'Importtest Eksport natt', 'Importtest Eksport');
  outsideId = await ensureUnit(GJOVIK, 'Importtest Eksport utenfor');
  const hlr = await ensureCompetence('Importtest E HLR', 12);
  const formula = await ensureCompetence('=Importtest E formel');
  const palliation = await ensureCompetence('Importtest E Palliasjon');

  ids.first = await insertEmployee('IMP-EX-001', '=HYPERLINK("x")', '+1+1', unitId, '2223', 80);
  ids.second = await insertEmployee('IMP-EX-002', 'Kari', '@Nordmann', night, null, 66.67);
  ids.third = await insertEmployee('IMP-EX-003', '-2+3', 'Ås', unitId, '5321', 100);
  await insertEmployee('IMP-EX-004', 'Slutta', 'Sist', unitId, '5321', 100, false);
  await insertEmployee('IMP-EX-005', 'Utenfor', 'Enheten', outsideId, '5321', 100);

  const { rows } = await db().query(
    `SELECT count(*)::int AS n FROM assessment WHERE employee_id = $1`,
    [ids.first],
  );
  if (rows[0].n === 0) {
    await assess(ids.first, hlr, 3, 'FORMAL', '2099-12-31');
    await assess(ids.first, hlr, 2, 'INFORMAL');
    await assess(ids.first, formula, 4, 'INFORMAL');
    // expired and unconfirmed levels do not count, so Palliasjon gets no column
    await assess(ids.second, palliation, 3, 'FORMAL', '2020-01-01', '2019-01-10');
    await assess(ids.second, hlr, 4, 'SELF_DECLARED');
    await assess(ids.second, formula, 1, 'LEADER_ASSESSED');
  }
});
afterAll(closeDb);

async function download(query: Record<string, string>, user: string | null) {
  const headers = user ? (await as(user)).headers : {};
  const response = await fetch(
    `${apiUrl()}/api/exports/competence-overview?${new URLSearchParams(query).toString()}`,
    { headers },
  );
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const HEADER =
  '"Ansattnummer";"Etternavn";"Fornavn";"Enhet";"Yrke";"Stillingsprosent";"\'=Importtest E formel";"Importtest E HLR"';
const ROWS = [
  `"IMP-EX-001";"'+1+1";"'=HYPERLINK(""x"")";"Importtest Eksport";"2223 Sykepleiere";80;4;3`,
  `"IMP-EX-002";"'@Nordmann";"Kari";"Importtest Eksport natt";"";66,67;1;`,
  `"IMP-EX-003";"Ås";"'-2+3";"Importtest Eksport";"5321 Helsefagarbeidere";100;;`,
];

/** No cell, once the CSV quoting is removed, starts a formula. */
function expectNoLiveFormula(csv: string) {
  const cells = parse(csv, {
    delimiter: ';',
    bom: true,
    relax_column_count: true,
  }).flat();
  const live = cells.filter(
    (cell) => /^[\s\u00A0]*[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell),
  );
  expect(live).toEqual([]);
}

describe('competence overview as CSV', () => {
  it('HR: one row per employee, a column per competence held, neutralised cells, UTF-8 with BOM', async () => {
    const { response, bytes } = await download(
      { municipality: GJOVIK, unitId, format: 'csv' },
      DEMO.hrGjovik,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kompetanseoversikt-gjovik-importtest-eksport-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = text.split('\r\n');
    expect(header).toBe(HEADER);
    expect(rows.pop()).toBe('');
    expect([...rows].sort()).toEqual(ROWS);
    // sorted by unit, then name
    expect(rows.map((row) => row.split(';')[3])).toEqual([
      '"Importtest Eksport"',
      '"Importtest Eksport"',
      '"Importtest Eksport natt"',
    ]);
    expectNoLiveFormula(text);
  });

  it('is audited as a read of the persons in it', async () => {
    const { response } = await download({ municipality: GJOVIK, unitId }, DEMO.hrGjovik);
    expect(response.status).toBe(200);
    const { rows } = await db().query(
      `SELECT employee_ids FROM audit_log
       WHERE action = 'employee.export' AND actor_email = $1 AND entity_id = $2
       ORDER BY id DESC LIMIT 1`,
      [DEMO.hrGjovik, unitId],
    );
    expect([...rows[0].employee_ids].sort()).toEqual([ids.first, ids.second, ids.third].sort());
  });

  it('the unit leader gets the same for a unit in their unit', async () => {
    const { response, bytes } = await download(
      { municipality: GJOVIK, unitId },
      DEMO.leaderHomeCareGjovik,
    );
    expect(response.status).toBe(200);
    const [header, ...rows] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe(HEADER);
    expect(rows.filter(Boolean).sort()).toEqual(ROWS);
  });

  it('the unit leader without a unit gets their own units only', async () => {
    const { response, bytes } = await download({ municipality: GJOVIK }, DEMO.leaderHomeCareGjovik);
    expect(response.status).toBe(200);
    const rows = parse(bytes, { delimiter: ';', bom: true, from_line: 2 });
    const { rows: subtree } = await db().query(
      `SELECT u.name FROM unit u, unit top
       WHERE top.name = 'Hjemmetjenesten Gjøvik' AND u.path @> ARRAY[top.id]`,
    );
    const allowed = new Set(subtree.map((unit: { name: string }) => unit.name));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((row) => !allowed.has(row[3]))).toEqual([]);
    expect(rows.map((row) => row[0])).not.toContain('IMP-EX-005');
  });
});

describe('competence overview as XLSX', () => {
  it('holds the same cells, neutralised the same way', async () => {
    const { response, bytes } = await download(
      { municipality: GJOVIK, unitId, format: 'xlsx' },
      DEMO.hrGjovik,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual([
      'Ansattnummer',
      'Etternavn',
      'Fornavn',
      'Enhet',
      'Yrke',
      'Stillingsprosent',
      "'=Importtest E formel",
      'Importtest E HLR',
    ]);
    const byNumber = new Map(values.slice(1).map((row) => [row[0], row]));
    expect(byNumber.get('IMP-EX-001')).toEqual([
      'IMP-EX-001',
      "'+1+1",
      '\'=HYPERLINK("x")',
      'Importtest Eksport',
      '2223 Sykepleiere',
      80,
      4,
      3,
    ]);
    expect(byNumber.get('IMP-EX-003')?.slice(0, 6)).toEqual([
      'IMP-EX-003',
      'Ås',
      "'-2+3",
      'Importtest Eksport',
      '5321 Helsefagarbeidere',
      100,
    ]);
    expect(values).toHaveLength(4);
  });
});

describe('who may export', () => {
  it.each([
    ['anonymous callers', null, 401, 'UNAUTHENTICATED'],
    ['board members', DEMO.board, 403, 'FORBIDDEN'],
    ['regional coordinators', DEMO.coordinator, 403, 'FORBIDDEN'],
  ])('refuses %s', async (_who, user, status, code) => {
    const { response, bytes } = await download({ municipality: GJOVIK, unitId }, user);
    expect(response.status).toBe(status);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ code });
  });

  it('answers a municipality outside the caller’s scope as one that does not exist', async () => {
    for (const user of [DEMO.hrGjovik, DEMO.leaderHomeCareGjovik]) {
      const other = await download({ municipality: '3442' }, user);
      const unknown = await download({ municipality: '9999' }, user);
      expect(other.response.status).toBe(404);
      expect(other.bytes.toString('utf8')).toBe(unknown.bytes.toString('utf8'));
      expect(JSON.parse(other.bytes.toString('utf8'))).toEqual({
        code: 'NOT_FOUND',
        message: 'Fant ikke kommunen.',
      });
    }
  });

  it('answers a unit outside the leader’s units as one that does not exist', async () => {
    const outside = await download(
      { municipality: GJOVIK, unitId: outsideId },
      DEMO.leaderHomeCareGjovik,
    );
    const unknown = await download(
      { municipality: GJOVIK, unitId: '00000000-0000-4000-8000-000000000000' },
      DEMO.leaderHomeCareGjovik,
    );
    expect(outside.response.status).toBe(404);
    expect(outside.bytes.toString('utf8')).toBe(unknown.bytes.toString('utf8'));
    expect(JSON.parse(outside.bytes.toString('utf8'))).toEqual({
      code: 'NOT_FOUND',
      message: 'Fant ikke enheten.',
    });
  });

  it('refuses an unknown format', async () => {
    const { response, bytes } = await download(
      { municipality: GJOVIK, format: 'pdf' },
      DEMO.hrGjovik,
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
