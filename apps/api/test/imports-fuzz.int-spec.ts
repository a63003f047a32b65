import argon2 from 'argon2';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { apiUrl, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';

// Property-based fuzzing of both importers through the real API over HTTP (issue 15, item 5):
// random bytes, near-valid CSV in many dialects and encodings, spreadsheets with every kind of
// cell, and broken workbooks. Whatever the file: never a 500, always a JSON answer; a refused
// or dry run writes nothing; and an applied run undone leaves exactly what was there.
//
// The fuzz works in a region of its own (municipality, unit, HR user, catalogue), so the tables
// it compares are not moved by other tests running at the same time.
// KP_FUZZ_RUNS sets the runs per property (default 25, bounded in time for `npm test`),
// KP_FUZZ_SEED replays a failure, KP_FUZZ_VERBOSE=1 prints how often each outcome was met.

const RUNS = Number(process.env.KP_FUZZ_RUNS ?? 25);
const SEED = process.env.KP_FUZZ_SEED ? Number(process.env.KP_FUZZ_SEED) : undefined;
const UNIT = 'Fuzz sykehjem';
const OTHER_UNIT = 'Fuzz hjemmetjeneste';
const COMPETENCE = 'Fuzz HLR';
const NUMBER = '0042';
const PASSWORD = 'fuzz-passord-2026';

interface FuzzRegion {
  regionId: string;
  municipalityId: string;
  unitId: string;
  headers: Record<string, string>;
}

let region: FuzzRegion;

async function one<T = Record<string, string>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db().query(sql, params);
  return rows[0] as T;
}

async function createRegion(): Promise<FuzzRegion> {
  const suffix = randomUUID().slice(0, 8);
  const { id: regionId } = await one(
    `INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`,
    [`Fuzzregionen ${suffix}`, `fuzz-${suffix}`],
  );
  const { id: municipalityId } = await one(
    `INSERT INTO municipality (region_id, number, name) VALUES ($1, $2, 'Fuzzheim') RETURNING id`,
    [regionId, NUMBER],
  );
  const unitId = randomUUID();
  await db().query(
    `INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
     VALUES ($1, $2, $3, ARRAY[$1::uuid], $4, 'UNIT'), ($5, $2, $3, ARRAY[$5::uuid], $6, 'UNIT')`,
    [unitId, regionId, municipalityId, UNIT, randomUUID(), OTHER_UNIT],
  );
  const email = `fuzz-hr-${suffix}@fuzz.test`;
  const { id: userId } = await one(
    `INSERT INTO app_user (region_id, email, name, password_hash) VALUES ($1, $2, 'Fuzz HR', $3)
     RETURNING id`,
    [regionId, email, await argon2.hash(PASSWORD, { type: argon2.argon2id })],
  );
  await db().query(
    `INSERT INTO role_assignment (region_id, user_id, role, municipality_id)
     VALUES ($1, $2, 'MUNICIPALITY_HR', $3)`,
    [regionId, userId, municipalityId],
  );
  const scale = JSON.stringify(
    [0, 1, 2, 3, 4].map((level) => ({ level, description: `N${level}` })),
  );
  const { id: competenceId } = await one(
    `INSERT INTO competence (region_id, name, building_block, area, scale, validity_months)
     VALUES ($1, $2, 'SKILLS', 'Fuzz', $3::jsonb, 12) RETURNING id`,
    [regionId, COMPETENCE, scale],
  );
  // twelve employees, one with a qualification, so files can match, update and deactivate
  for (let i = 1; i <= 12; i += 1) {
    const { id } = await one(
      `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
         family_name, fte, employment_type, birth_year)
       VALUES ($1, $2, $3, $4, 'Fuzz', $5, 80, 'PERMANENT', 1980) RETURNING id`,
      [regionId, municipalityId, unitId, `FZ-${String(i).padStart(3, '0')}`, `Fuzzesen ${i}`],
    );
    if (i === 1) {
      const { id: qualificationId } = await one(
        `INSERT INTO qualification (region_id, employee_id, kind, title, obtained_on)
         VALUES ($1, $2, 'CERTIFICATE', 'HLR voksne', '2025-01-15') RETURNING id`,
        [regionId, id],
      );
      await db().query(
        `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
           qualification_id, assessed_on)
         VALUES ($1, $2, $3, 2, 'FORMAL', 'HLR voksne', $4, '2025-01-15')`,
        [regionId, id, competenceId, qualificationId],
      );
    }
  }
  const { login } = await gqlOk<{ login: { token: string } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: PASSWORD },
  );
  return {
    regionId,
    municipalityId,
    unitId,
    headers: { authorization: `Bearer ${login.token}` },
  };
}

/** Everything an import may write in the fuzz region, versions and timestamps left out. */
async function digest(): Promise<unknown> {
  const [employees, qualifications, assessments, runs] = await Promise.all([
    db().query(
      `SELECT id, employee_number, given_name, family_name, unit_id, position_title,
              profession_code, fte::text, employment_type, birth_year, start_date::text, active
       FROM employee WHERE region_id = $1 ORDER BY id`,
      [region.regionId],
    ),
    db().query(
      `SELECT id, employee_id, kind, title, issuer, obtained_on::text, expires_on::text
       FROM qualification WHERE region_id = $1 ORDER BY id`,
      [region.regionId],
    ),
    db().query(
      `SELECT id, employee_id, competence_id, level, source, qualification_id
       FROM assessment WHERE region_id = $1 ORDER BY id`,
      [region.regionId],
    ),
    db().query(
      `SELECT count(*)::int AS n FROM import_run WHERE region_id = $1 AND undone_at IS NULL`,
      [region.regionId],
    ),
  ]);
  return {
    employees: employees.rows,
    qualifications: qualifications.rows,
    assessments: assessments.rows,
    activeRuns: runs.rows[0].n,
  };
}

beforeAll(async () => {
  region = await createRegion();
});
afterAll(async () => {
  if (process.env.KP_FUZZ_VERBOSE) console.log(seen.report());
  await closeDb();
});

/** How often each outcome was met (KP_FUZZ_VERBOSE=1 prints it), to see what the runs reach. */
class OutcomeCounter {
  private counts = new Map<string, number>();
  add(key: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  report() {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}\t${k}`)
      .join('\n');
  }
}

// ---------------------------------------------------------------------------------------
// Arbitraries

const EMPLOYEE_HEADERS = [
  'Ansattnummer',
  'Ansattnr',
  'Fornavn',
  'Etternavn',
  'Navn',
  'Enhet',
  'Avdeling',
  'Stilling',
  'Yrkeskode',
  'Yrke',
  'STYRK',
  'Stillingsprosent',
  'Stilling %',
  'Stillingsprosnet',
  'Ansettelsesform',
  'Fødselsår',
  'Fødselsnummer',
  'Startdato',
  'Aktiv',
  'Merknad',
];
const QUALIFICATION_HEADERS = [
  'Ansattnummer',
  'Kvalifikasjon',
  'Tittel',
  'Type',
  'Utsteder',
  'Oppnådd dato',
  'Dato',
  'Utløpsdato',
  'Kompetanse',
  'Nivå',
  'Kursnavn',
  'Merknad',
];

/** Cells that have broken importers before, and the odd ones a spreadsheet produces. */
const NASTY = [
  '',
  ' ',
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@cmd',
  '=HYPERLINK("http://x.test","klikk")',
  '\u0000',
  'Ka\u0000ri',
  '\u001b[31m',
  '\u007f',
  '"',
  '""',
  'a"b',
  '"uten slutt',
  'linje\r\nskift',
  ';',
  ',',
  '\t',
  '31.02.2026',
  '29.02.2025',
  '0001-01-01',
  '9999-12-31',
  '01.01.1900',
  '1.1.26',
  '12345678901',
  '010190 12345',
  '1e309',
  'NaN',
  'Infinity',
  '-0',
  '80 %',
  '0,8',
  '100,001',
  '-5',
  '２２２３',
  '\uFEFF',
  '\u202Eabc',
  '😀',
  'Ærlig Østby Åsen',
  'x'.repeat(300),
  'fast',
  'vikar',
  'ja',
  'nei',
  'kurs',
  'sertifikat',
];

const employeeNumber = fc.oneof(
  fc.integer({ min: 1, max: 15 }).map((i) => `FZ-${String(i).padStart(3, '0')}`),
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 12 }),
);

/** A value that fits the column most of the time, and anything at all otherwise. */
function cellFor(header: string): fc.Arbitrary<string> {
  const plausible = new Map<string, fc.Arbitrary<string>>(
    Object.entries({
      Ansattnummer: employeeNumber,
      Ansattnr: employeeNumber,
      Fornavn: fc.constantFrom('Kari', 'Ola', 'Åse', 'Per'),
      Etternavn: fc.constantFrom('Nordmann', 'Bjørgum', 'Hansen'),
      Enhet: fc.constantFrom(UNIT, UNIT.toUpperCase(), OTHER_UNIT, 'Månen'),
      Avdeling: fc.constantFrom(UNIT, 'Ukjent'),
      Yrkeskode: fc.constantFrom('2223', '5321', '2224', '9999', '5321101'),
      Stillingsprosent: fc.oneof(
        fc.integer({ min: -10, max: 120 }).map(String),
        fc.constant('66,67'),
      ),
      Ansettelsesform: fc.constantFrom('fast', 'midlertidig', 'vikar', 'engasjement', 'sjef'),
      Fødselsår: fc.integer({ min: 1890, max: 2030 }).map(String),
      Startdato: fc.constantFrom('01.08.2020', '2021-03-01', '1.1.2019', '01.01.1939'),
      Aktiv: fc.constantFrom('ja', 'nei', 'x', 'sluttet', 'kanskje'),
      Kvalifikasjon: fc.constantFrom('HLR voksne', 'Demens ABC', 'Fagbrev helsearbeider'),
      Type: fc.constantFrom('kurs', 'sertifikat', 'utdanning', 'fast'),
      'Oppnådd dato': fc.constantFrom('15.01.2025', '2024-06-20', '01.01.2100', '31.02.2025'),
      Utløpsdato: fc.constantFrom('', '15.01.2027', '01.01.2020'),
      Kompetanse: fc.constantFrom('', COMPETENCE, 'Finnes ikke'),
      Nivå: fc.constantFrom('', '0', '2', '3', '9', 'høy'),
    }),
  );
  return fc.oneof(
    { weight: 8, arbitrary: plausible.get(header) ?? fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

interface Table {
  headers: string[];
  rows: string[][];
}

const REQUIRED_HEADERS = {
  employees: ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent'],
  qualifications: ['Ansattnummer', 'Kvalifikasjon', 'Type', 'Oppnådd dato'],
};

/** Values a clean file holds: every row valid, so a real run applies (and is undone). */
const CLEAN = new Map<string, fc.Arbitrary<string>>(
  Object.entries({
    Fornavn: fc.constantFrom('Kari', 'Åse', 'Per'),
    Etternavn: fc.constantFrom('Nordmann', 'Bjørgum'),
    Navn: fc.constantFrom('Kari Nordmann'),
    Enhet: fc.constantFrom(UNIT, UNIT.toUpperCase()),
    Avdeling: fc.constantFrom(UNIT),
    Stilling: fc.constantFrom('Sykepleier', '', '=1+1'),
    Yrkeskode: fc.constantFrom('2223', '5321', ''),
    Yrke: fc.constantFrom('Sykepleier'),
    STYRK: fc.constantFrom('2223'),
    Stillingsprosent: fc.integer({ min: 0, max: 100 }).map(String),
    'Stilling %': fc.constantFrom('80'),
    Stillingsprosnet: fc.constantFrom('80'),
    Ansettelsesform: fc.constantFrom('fast', 'vikar', ''),
    Fødselsår: fc.integer({ min: 1950, max: 2005 }).map(String),
    Startdato: fc.constantFrom('01.08.2020', '2021-03-01', ''),
    Aktiv: fc.constantFrom('ja', 'nei', ''),
    Merknad: fc.string({ maxLength: 10 }).filter((text) => !/[\u0000-\u001F\u007F]/.test(text)),
    Kvalifikasjon: fc.constantFrom('HLR voksne', 'Demens ABC'),
    Tittel: fc.constantFrom('HLR voksne'),
    Type: fc.constantFrom('kurs', 'sertifikat'),
    Utsteder: fc.constantFrom('', 'Sykehuset'),
    'Oppnådd dato': fc.constantFrom('15.01.2025', '2024-06-20'),
    Dato: fc.constantFrom('15.01.2025'),
    Utløpsdato: fc.constantFrom(''),
    Kompetanse: fc.constantFrom(COMPETENCE),
    Nivå: fc.constantFrom('2', '3'),
    Kursnavn: fc.constantFrom('HLR'),
  }),
);

function table(kind: 'employees' | 'qualifications'): fc.Arbitrary<Table> {
  const known = kind === 'employees' ? EMPLOYEE_HEADERS : QUALIFICATION_HEADERS;
  const required = REQUIRED_HEADERS[kind];
  const optional = known.filter((header) => !required.includes(header));
  const withRequired = (from: readonly string[]) =>
    fc
      .shuffledSubarray([...from])
      .chain((extra) =>
        fc.shuffledSubarray([...required, ...extra], { minLength: required.length + extra.length }),
      );
  const messy = fc
    .tuple(
      // mostly a file with the columns it needs (so rows are read), sometimes anything
      fc.oneof(
        { weight: 3, arbitrary: withRequired(optional) },
        { weight: 1, arbitrary: fc.shuffledSubarray(known, { minLength: 1 }) },
      ),
      // now and then a duplicate, a near miss or junk as a header
      fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 15 })), {
            minLength: 1,
            maxLength: 2,
          }),
        },
      ),
      fc.integer({ min: 0, max: 6 }),
    )
    .chain(([headers, extra, rowCount]) => {
      const all = [...headers, ...extra];
      const row = fc.tuple(...all.map((header) => cellFor(header)));
      return fc
        .array(row, { minLength: rowCount, maxLength: rowCount })
        .map((rows) => ({ headers: all, rows: rows.map((cells) => [...cells]) }));
    });
  // a clean file: the columns it needs, valid values, each employee once
  const employees = Array.from(
    { length: kind === 'employees' ? 15 : 12 },
    (_, i) => `FZ-${String(i + 1).padStart(3, '0')}`,
  );
  const clean = fc
    .tuple(
      withRequired(optional.filter((header) => header !== 'Fødselsnummer' && header !== 'Nivå')),
      fc.shuffledSubarray(employees, { minLength: 1, maxLength: 6 }),
    )
    .chain(([chosen, numbers]) => {
      // a competence always comes with its level
      const headers = chosen.includes('Kompetanse') ? [...chosen, 'Nivå'] : chosen;
      const row = (number: string) =>
        fc.tuple(
          ...headers.map((header) =>
            header === 'Ansattnummer' || header === 'Ansattnr'
              ? fc.constant(number)
              : (CLEAN.get(header) ?? fc.constant('')),
          ),
        );
      return fc
        .tuple(...numbers.map((number) => row(number)))
        .map((rows) => ({ headers, rows: rows.map((cells) => [...cells]) }));
    });
  return fc.oneof({ weight: 2, arbitrary: messy }, { weight: 1, arbitrary: clean });
}

interface CsvDialect {
  delimiter: ';' | ',' | '\t';
  quoting: 'needed' | 'all' | 'never';
  newline: '\r\n' | '\n' | '\r';
  bom: boolean;
  sepLine: boolean;
  encoding: 'utf8' | 'windows-1252' | 'utf16le';
  hugeCell: boolean;
}

const dialect: fc.Arbitrary<CsvDialect> = fc.record({
  delimiter: fc.constantFrom(';', ',', '\t'),
  quoting: fc.constantFrom('needed', 'needed', 'all', 'never'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  sepLine: fc.boolean(),
  encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'windows-1252', 'windows-1252', 'utf16le'),
  // one file in ten has a cell of 300 000 characters
  hugeCell: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

function toCsv({ headers, rows }: Table, d: CsvDialect): Buffer {
  const quote = (cell: string) => {
    if (d.quoting === 'never') return cell;
    if (d.quoting === 'all' || /[";,\t\r\n]/.test(cell)) return `"${cell.replace(/"/g, '""')}"`;
    return cell;
  };
  const lines = [headers, ...rows].map((cells) => cells.map(quote).join(d.delimiter));
  if (d.hugeCell && lines.length > 1) lines[1] += `${d.delimiter}${'y'.repeat(300_000)}`;
  const text = `${d.sepLine ? `sep=${d.delimiter}${d.newline}` : ''}${lines.join(d.newline)}${d.newline}`;
  const body = iconv.encode(text, d.encoding);
  const bom =
    d.bom && d.encoding !== 'windows-1252'
      ? Buffer.from(d.encoding === 'utf8' ? [0xef, 0xbb, 0xbf] : [0xff, 0xfe])
      : Buffer.alloc(0);
  return Buffer.concat([bom, body]);
}

const SPECIAL_CELLS: ExcelJS.CellValue[] = [
  { formula: '1+1', result: 2 },
  { formula: 'A1&"x"', result: undefined },
  { richText: [{ text: 'Kari' }, { text: ' Nordmann' }] },
  { error: '#N/A' },
];

/** The cells a workbook can hold: text, numbers, dates, booleans, formulas, rich text, errors. */
const xlsxCell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.date({ min: new Date('1899-12-31'), max: new Date('2200-01-01'), noInvalidDate: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...SPECIAL_CELLS),
);

async function toXlsx({ headers, rows }: Table, extra: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  sheet.addRow(headers);
  rows.forEach((row, index) => sheet.addRow([...row, ...(extra[index] ?? [])]));
  workbook.addWorksheet('Ark2').addRow(['ignoreres']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Some workbooks are cut short or have bytes flipped: a broken zip must be a clear refusal. */
const damage = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      flips: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })),
        {
          minLength: 1,
          maxLength: 20,
        },
      ),
    }),
  },
);

function damaged(
  bytes: Buffer,
  how: { cut?: number; flips?: Array<[number, number]> } | null,
): Buffer {
  if (!how) return bytes;
  if (how.cut !== undefined) return bytes.subarray(0, Math.floor(bytes.length * how.cut));
  const copy = Buffer.from(bytes);
  for (const [at, xor] of how.flips ?? []) {
    const index = Math.floor(at * (copy.length - 1));
    copy[index] ^= xor;
  }
  return copy;
}

const kind = fc.constantFrom('employees' as const, 'qualifications' as const);

/** How the upload is sent: dry or real, limited to the unit or not, a confirmation or none. */
const sending: fc.Arbitrary<Sending> = fc.record({
  dryRun: fc.boolean(),
  limited: fc.boolean(),
  // a parameter the API refuses ends the request before the file is read: now and then only
  confirmDeactivate: fc.option(
    fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 15 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('ja', '-1', '1 0') },
    ),
    { nil: undefined },
  ),
  contentType: fc.constantFrom(
    'text/csv',
    'application/octet-stream',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ),
  filename: fc.option(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('ansatte.csv', 'ansatte.xlsx', 'rapport.pdf') },
      { weight: 1, arbitrary: fc.constantFrom('a\u0000b.csv', 'x'.repeat(300)) },
    ),
    {
      nil: undefined,
    },
  ),
});

// ---------------------------------------------------------------------------------------
// The property

const ACCEPTABLE = new Set([200, 400, 413, 415, 422]);
const seen = new OutcomeCounter();
const UNDO = 'mutation ($id: ID!) { undoImportRun(runId: $id) { run { undoStatus } } }';

interface Sending {
  dryRun: boolean;
  limited: boolean;
  confirmDeactivate: string | undefined;
  contentType: string;
  filename: string | undefined;
}

async function post(
  importKind: 'employees' | 'qualifications',
  file: Buffer,
  how: Sending,
): Promise<{ status: number; body: ImportAnswer }> {
  const query = new URLSearchParams({ municipality: NUMBER, dryRun: String(how.dryRun) });
  if (how.limited) query.set('unitId', region.unitId);
  if (how.confirmDeactivate !== undefined) query.set('confirmDeactivate', how.confirmDeactivate);
  if (how.filename !== undefined) query.set('filename', how.filename);
  const response = await fetch(`${apiUrl()}/api/imports/${importKind}?${query.toString()}`, {
    method: 'POST',
    headers: { ...region.headers, 'content-type': how.contentType },
    body: new Uint8Array(file),
  });
  const text = await response.text();
  if (!ACCEPTABLE.has(response.status)) {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
  const body = JSON.parse(text) as ImportAnswer;
  // every answer says something a person can read
  expect(typeof (body.message ?? body.errors?.[0]?.message ?? 'report')).toBe('string');
  seen.add(
    `${importKind} ${response.status} ${body.applied ? 'applied' : ''} ${
      body.code ??
      (body.errors ?? [])
        .map((error) => error.code)
        .slice(0, 2)
        .join(',')
    }`,
  );
  return { status: response.status, body };
}

interface ImportAnswer {
  applied?: boolean;
  runId?: string;
  code?: string;
  message?: string;
  errors?: Array<{ code: string; message: string }>;
  deactivation?: { count: number } | null;
}

/** Undoes an applied run; what it wrote must be gone again. */
async function undo(body: ImportAnswer): Promise<void> {
  const undone = await gql(UNDO, { id: body.runId }, { headers: region.headers });
  expect(undone.errors).toBeUndefined();
}

async function send(
  importKind: 'employees' | 'qualifications',
  file: Buffer,
  how: Sending,
): Promise<void> {
  const before = await digest();
  const { status, body } = await post(importKind, file, how);
  if (body.applied) {
    expect(how.dryRun).toBe(false);
    expect(status).toBe(200);
    await undo(body);
  } else if (
    body.errors?.length === 1 &&
    body.errors[0].code === 'DEACTIVATION_NOT_CONFIRMED' &&
    body.deactivation
  ) {
    // nothing written without the count; with it (as a user who confirms), applied
    expect(await digest()).toEqual(before);
    const confirmed = await post(importKind, file, {
      ...how,
      confirmDeactivate: String(body.deactivation.count),
    });
    expect(confirmed).toMatchObject({ status: 200, body: { applied: true } });
    await undo(confirmed.body);
  }
  expect(await digest()).toEqual(before);
}

describe('fuzzing both importers over HTTP: never a 500, nothing written unless applied', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind,
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          // something that starts like a zip (XLSX) or a UTF-16 text
          fc
            .uint8Array({ maxLength: 512 })
            .map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
          fc.uint8Array({ maxLength: 512 }).map((tail) => new Uint8Array([0xff, 0xfe, ...tail])),
        ),
        sending,
        async (importKind, bytes, how) => send(importKind, Buffer.from(bytes), how),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it('near-valid CSV in every dialect and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind.chain((importKind) => fc.tuple(fc.constant(importKind), table(importKind))),
        dialect,
        sending,
        async ([importKind, rows], csvDialect, how) =>
          send(importKind, toCsv(rows, csvDialect), how),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it('spreadsheets with every kind of cell, whole or damaged', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind.chain((importKind) => fc.tuple(fc.constant(importKind), table(importKind))),
        fc.array(fc.array(xlsxCell, { maxLength: 3 }), { maxLength: 6 }),
        damage,
        sending,
        async ([importKind, rows], extra, how, sent) =>
          send(importKind, damaged(await toXlsx(rows, extra), how), sent),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
