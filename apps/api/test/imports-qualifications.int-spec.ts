import { as, DEMO } from './support/api-client';
import { closeDb, db } from './support/database';
import { ensureCompetence, ensureUnit, fixture, upload } from './fixtures/imports/import-helpers';

const GJOVIK = '3407';
let hr: Record<string, string>;
let unitId: string;

beforeAll(async () => {
  hr = (await as(DEMO.hrGjovik)).headers;
  unitId = await ensureUnit(GJOVIK, 'Importtest Kvalifikasjonshagen');
  await ensureCompetence('Importtest Q HLR', 12);
  await ensureCompetence('Importtest Q Demensomsorg');
  await ensureCompetence('Importtest Q Personsentrert omsorg');
  await ensureCompetence('Importtest Q Dokumentasjon');
  const employees = await upload(
    'employees',
    fixture('qualifications-employees.csv'),
    { municipality: GJOVIK, unitId, dryRun: 'false' },
    hr,
  );
  if (employees.status !== 200) throw new Error(JSON.stringify(employees.body));
});
afterAll(closeDb);

function importQualifications(name: string, dryRun: boolean) {
  return upload(
    'qualifications',
    fixture(name),
    { municipality: GJOVIK, unitId, dryRun: String(dryRun) },
    hr,
  );
}

async function storedQualifications() {
  const { rows } = await db().query(
    `SELECT e.employee_number, q.title, q.kind, q.issuer, to_char(q.obtained_on, 'YYYY-MM-DD') AS obtained,
            to_char(q.expires_on, 'YYYY-MM-DD') AS expires,
            coalesce(json_agg(json_build_object(
              'competence', c.name, 'level', a.level, 'source', a.source,
              'validUntil', to_char(a.valid_until, 'YYYY-MM-DD'),
              'assessedOn', to_char(a.assessed_on, 'YYYY-MM-DD'))
              ORDER BY c.name) FILTER (WHERE a.id IS NOT NULL), '[]') AS assessments
     FROM qualification q
     JOIN employee e ON e.id = q.employee_id
     LEFT JOIN assessment a ON a.qualification_id = q.id
     LEFT JOIN competence c ON c.id = a.competence_id
     WHERE e.employee_number LIKE 'IMP-Q-%'
     GROUP BY e.employee_number, q.id ORDER BY e.employee_number, q.obtained_on`,
  );
  return rows;
}

describe('qualifications import', () => {
  it('dry run: one row per qualification and competence, nothing written', async () => {
    const { status, body } = await importQualifications('qualifications.csv', true);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'qualifications',
      ok: true,
      file: { encoding: 'utf-8-bom', delimiter: ';', dataRows: 5 },
      counts: { created: 5, updated: 0, unchanged: 0, deactivated: 0, errors: 0 },
      totals: { qualifications: 4, assessments: 4 },
    });
    expect(body.rows.created).toEqual([
      {
        row: 2,
        employeeNumber: 'IMP-Q-001',
        name: 'Solveig Kvale',
        detail: 'HLR voksne (sertifikat, 15.01.2026) – Importtest Q HLR nivå 3',
      },
      {
        row: 3,
        employeeNumber: 'IMP-Q-001',
        name: 'Solveig Kvale',
        detail:
          'Videreutdanning i demensomsorg (utdanning, 20.06.2019) – Importtest Q Demensomsorg nivå 4',
      },
      {
        row: 4,
        employeeNumber: 'IMP-Q-001',
        name: 'Solveig Kvale',
        detail:
          'Videreutdanning i demensomsorg (utdanning, 20.06.2019) – Importtest Q Personsentrert omsorg nivå 3',
      },
      {
        row: 5,
        employeeNumber: 'IMP-Q-002',
        name: 'Tor Kvale',
        detail: 'HLR voksne (sertifikat, 01.03.2025) – Importtest Q HLR nivå 2',
      },
      {
        row: 6,
        employeeNumber: 'IMP-Q-003',
        name: 'Unni Kvale',
        detail: 'Kurs i journalføring (kurs, 10.10.2024)',
      },
    ]);
    expect(await storedQualifications()).toEqual([]);
  });

  it('real run: creates qualifications with FORMAL assessments; expiry from the file or the catalogue', async () => {
    const { status, body } = await importQualifications('qualifications.csv', false);
    expect(status).toBe(200);
    expect(body.applied).toBe(true);
    expect(await storedQualifications()).toEqual([
      {
        employee_number: 'IMP-Q-001',
        title: 'Videreutdanning i demensomsorg',
        kind: 'EDUCATION',
        issuer: 'NTNU',
        obtained: '2019-06-20',
        expires: null,
        assessments: [
          {
            competence: 'Importtest Q Demensomsorg',
            level: 4,
            source: 'FORMAL',
            validUntil: null,
            assessedOn: '2019-06-20',
          },
          {
            competence: 'Importtest Q Personsentrert omsorg',
            level: 3,
            source: 'FORMAL',
            validUntil: null,
            assessedOn: '2019-06-20',
          },
        ],
      },
      {
        employee_number: 'IMP-Q-001',
        title: 'HLR voksne',
        kind: 'CERTIFICATE',
        issuer: 'Norsk Resuscitasjonsråd',
        obtained: '2026-01-15',
        // the catalogue's 12 months, as the file gives no expiry
        expires: '2027-01-15',
        assessments: [
          {
            competence: 'Importtest Q HLR',
            level: 3,
            source: 'FORMAL',
            validUntil: '2027-01-15',
            assessedOn: '2026-01-15',
          },
        ],
      },
      {
        employee_number: 'IMP-Q-002',
        title: 'HLR voksne',
        kind: 'CERTIFICATE',
        issuer: 'Norsk Resuscitasjonsråd',
        obtained: '2025-03-01',
        expires: '2025-09-01',
        assessments: [
          {
            competence: 'Importtest Q HLR',
            level: 2,
            source: 'FORMAL',
            validUntil: '2025-09-01',
            assessedOn: '2025-03-01',
          },
        ],
      },
      {
        employee_number: 'IMP-Q-003',
        title: 'Kurs i journalføring',
        kind: 'COURSE',
        issuer: null,
        obtained: '2024-10-10',
        expires: null,
        assessments: [],
      },
    ]);
    const audit = await db().query(
      `SELECT action, count(*)::int AS n FROM audit_log
       WHERE details->>'importRun' = $1 OR entity_id = $1 GROUP BY action ORDER BY action`,
      [body.runId],
    );
    expect(audit.rows).toEqual([
      { action: 'import.qualifications', n: 1 },
      { action: 'qualification.create', n: 4 },
    ]);
  });

  it('a second run of the same file changes nothing', async () => {
    const { status, body } = await importQualifications('qualifications.csv', false);
    expect(status).toBe(200);
    expect(body.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
      deactivated: 0,
      errors: 0,
    });
    expect(body.totals).toEqual({ qualifications: 0, assessments: 0 });
    expect((await storedQualifications()).length).toBe(4);
  });

  it('adds a competence a registered qualification does not document yet', async () => {
    const dry = await importQualifications('qualifications-added.csv', true);
    expect(dry.body.counts).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      deactivated: 0,
      errors: 0,
    });
    expect(dry.body.rows.updated).toEqual([
      {
        row: 3,
        employeeNumber: 'IMP-Q-003',
        name: 'Unni Kvale',
        detail: 'Kurs i journalføring (kurs, 10.10.2024) – Importtest Q Dokumentasjon nivå 2',
        changes: [
          {
            field: 'competence',
            label: 'Kompetanse',
            from: '',
            to: 'Importtest Q Dokumentasjon nivå 2',
          },
        ],
      },
    ]);
    await importQualifications('qualifications-added.csv', false);
    const course = (await storedQualifications()).find((q) => q.title === 'Kurs i journalføring');
    expect(course.assessments).toEqual([
      {
        competence: 'Importtest Q Dokumentasjon',
        level: 2,
        source: 'FORMAL',
        validUntil: null,
        assessedOn: '2024-10-10',
      },
    ]);
    const again = await importQualifications('qualifications-added.csv', false);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('bad rows: every error with row, column and reason, and nothing is written', async () => {
    const before = await storedQualifications();
    const { status, body } = await importQualifications('qualifications-errors.csv', false);
    expect(status).toBe(422);
    expect(body.applied).toBe(false);
    expect(body.errors).toEqual([
      {
        row: 2,
        column: 'Ansattnr',
        code: 'UNKNOWN_EMPLOYEE',
        message:
          'Fant ingen ansatt med ansattnummer «IMP-Q-999» i Gjøvik under «Importtest Kvalifikasjonshagen».',
      },
      {
        row: 3,
        column: 'Kompetanse',
        code: 'UNKNOWN_COMPETENCE',
        message:
          'Fant ingen kompetanse med navnet «Fallskjermhopping» i regionens kompetansekatalog.',
      },
      {
        row: 4,
        column: 'Nivå',
        code: 'LEVEL_OUT_OF_RANGE',
        message: 'Nivå «7» finnes ikke for «Importtest Q HLR». Skalaen har nivåene 0–4.',
      },
      {
        row: 5,
        column: 'Type',
        code: 'INVALID_KIND',
        message: 'Ukjent type «Diplom». Bruk utdanning, sertifikat eller kurs.',
      },
      {
        row: 6,
        column: 'Utløpsdato',
        code: 'EXPIRES_BEFORE_OBTAINED',
        message: 'Utløpsdatoen ligger før datoen kvalifikasjonen ble oppnådd.',
      },
      {
        row: 7,
        column: 'Kvalifikasjon',
        code: 'DUPLICATE_ROW',
        message:
          'Samme kvalifikasjon og kompetanse for ansattnummer «IMP-Q-002» står flere ganger i filen (rad 7 og 8).',
      },
      {
        row: 8,
        column: 'Kvalifikasjon',
        code: 'DUPLICATE_ROW',
        message:
          'Samme kvalifikasjon og kompetanse for ansattnummer «IMP-Q-002» står flere ganger i filen (rad 7 og 8).',
      },
      {
        row: 9,
        column: null,
        code: 'LEVEL_DIFFERS',
        message:
          '«HLR voksne» fra 15.01.2026 er allerede registrert med Importtest Q HLR på nivå 3, ikke 2. Rett registreringen i kompetanseprofilen, eller rett filen.',
      },
    ]);
    expect(await storedQualifications()).toEqual(before);
  });
});
