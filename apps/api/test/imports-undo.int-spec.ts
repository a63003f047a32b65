import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import {
  ensureCompetence,
  ensureUnit,
  runCli,
  semicolonCsv,
  upload,
} from './fixtures/imports/import-helpers';

// Undoing import runs: when it is refused (changed since, in use, erased, expired), the
// qualification import, and the command line. HR in Gjøvik, in units of the tests' own.
const GJOVIK = '3407';
const EMPLOYEE_HEADER = ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent'];
const UNDO = `mutation ($id: ID!) {
  undoImportRun(runId: $id) {
    employeesRestored employeesRemoved qualificationsRemoved assessmentsRemoved
    run { id undoStatus }
  }
}`;
const RUNS = `query ($m: ID!) { importRuns(municipalityId: $m, first: 100) {
  id undoStatus undoBlockedReason } }`;
let hr: { headers: Record<string, string> };
let municipalityId: string;

beforeAll(async () => {
  hr = await as(DEMO.hrGjovik);
  const { rows } = await db().query(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = $1`,
    [GJOVIK],
  );
  municipalityId = rows[0].id;
});
afterAll(closeDb);

async function importEmployees(
  unitId: string,
  rows: string[][],
  extra: Record<string, string> = {},
) {
  const { status, body } = await upload(
    'employees',
    semicolonCsv(EMPLOYEE_HEADER, rows),
    { municipality: GJOVIK, unitId, dryRun: 'false', ...extra },
    hr.headers,
  );
  if (status !== 200) throw new Error(JSON.stringify(body));
  return body;
}

function person(number: string, unit: string, fte = '80'): string[] {
  return [number, 'Angre', `Testesen ${number}`, unit, fte];
}

async function stored(prefix: string) {
  const { rows } = await db().query(
    `SELECT employee_number, fte::text, active FROM employee
     WHERE employee_number LIKE $1 ORDER BY employee_number`,
    [`${prefix}%`],
  );
  return rows;
}

/** Undoes a run as HR; what the undo did. */
async function undone(runId: string | null) {
  return (await gqlOk<{ undoImportRun: Record<string, number> }>(UNDO, { id: runId }, hr))
    .undoImportRun;
}

async function undoError(runId: string) {
  const result = await gql(UNDO, { id: runId }, hr);
  return result.errors?.[0];
}

async function runStatus(runId: string) {
  const data = await gqlOk<{
    importRuns: Array<{ id: string; undoStatus: string; undoBlockedReason: string | null }>;
  }>(RUNS, { m: municipalityId }, hr);
  return data.importRuns.find((run) => run.id === runId);
}

describe('undo is refused once the employees have moved on', () => {
  const UNIT = 'Importtest angre endret';
  let unitId: string;

  beforeAll(async () => {
    unitId = await ensureUnit(GJOVIK, UNIT);
    await importEmployees(unitId, [person('UE-1', UNIT), person('UE-2', UNIT)]);
  });

  it('a later import changed one of them: refused, naming the employee; undo the later one first', async () => {
    const first = await importEmployees(unitId, [
      person('UE-1', UNIT, '90'),
      person('UE-2', UNIT, '90'),
    ]);
    const second = await importEmployees(unitId, [
      person('UE-1', UNIT, '90'),
      person('UE-2', UNIT, '50'),
    ]);
    const before = await stored('UE-');

    const error = await undoError(first.runId!);
    expect(error).toMatchObject({
      extensions: { code: 'IMPORT_CHANGED_SINCE' },
      message: expect.stringContaining(
        '1 av de 2 ansatte den endret, er endret etterpå (blant annet ansattnummer «UE-2»)',
      ),
    });
    expect(await stored('UE-')).toEqual(before);
    expect(await runStatus(first.runId!)).toMatchObject({
      undoStatus: 'BLOCKED',
      undoBlockedReason: error?.message,
    });

    await undone(second.runId);
    await undone(first.runId);
    expect(await stored('UE-')).toEqual([
      { employee_number: 'UE-1', fte: '80.00', active: true },
      { employee_number: 'UE-2', fte: '80.00', active: true },
    ]);
  });

  it('an edit by hand since the run blocks it too', async () => {
    const run = await importEmployees(unitId, [
      person('UE-1', UNIT, '70'),
      person('UE-2', UNIT, '70'),
    ]);
    await db().query(
      `UPDATE employee SET position_title = 'Endret for hånd', version = version + 1
       WHERE employee_number = 'UE-1'`,
    );
    expect((await undoError(run.runId!))?.extensions).toMatchObject({
      code: 'IMPORT_CHANGED_SINCE',
    });
  });

  it('an employee erased since: refused, and the erased person’s before-image is gone', async () => {
    const run = await importEmployees(unitId, [
      person('UE-1', UNIT, '60'),
      person('UE-2', UNIT, '60'),
    ]);
    const { rows } = await db().query(
      `SELECT id FROM employee WHERE employee_number = 'UE-2' AND erased_at IS NULL`,
    );
    await gqlOk(
      'mutation ($id: ID!, $n: String!) { eraseEmployee(employeeId: $id, confirmEmployeeNumber: $n) }',
      { id: rows[0].id, n: 'UE-2' },
      hr,
    );
    const images = await db().query(
      `SELECT count(*)::int AS n FROM import_run_employee WHERE employee_id = $1`,
      [rows[0].id],
    );
    expect(images.rows[0].n).toBe(0);
    expect(await undoError(run.runId!)).toMatchObject({
      extensions: { code: 'IMPORT_CHANGED_SINCE' },
      message:
        'Importen kan ikke angres: 1 av de 2 ansatte den endret eller la inn, er slettet etterpå.',
    });
  });

  it('after the window it is refused as expired, and its before-images are forgotten', async () => {
    const run = await importEmployees(unitId, [person('UE-1', UNIT, '55')]);
    await db().query(
      `UPDATE import_run SET undo_until = now() - interval '1 minute' WHERE id = $1`,
      [run.runId],
    );
    expect((await undoError(run.runId!))?.extensions).toMatchObject({
      code: 'IMPORT_UNDO_EXPIRED',
    });
    expect((await runStatus(run.runId!))?.undoStatus).toBe('EXPIRED');
    // the next applied run clears what can no longer be used
    await importEmployees(unitId, [person('UE-1', UNIT, '56')]);
    const images = await db().query(
      `SELECT count(*)::int AS n FROM import_run_employee WHERE run_id = $1`,
      [run.runId],
    );
    expect(images.rows[0].n).toBe(0);
  });

  it('an unknown run id reads as not found, a malformed one is refused by name', async () => {
    expect((await undoError('00000000-0000-4000-8000-000000000000'))?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    // every plain ID argument is checked before the service runs (docs/input-rules.md)
    expect((await undoError('ikke-en-id'))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'runId' })],
    });
  });
});

describe('undoing a run that created employees', () => {
  const UNIT = 'Importtest angre nye';
  let unitId: string;

  beforeAll(async () => {
    unitId = await ensureUnit(GJOVIK, UNIT);
  });

  it('removes the employees it created', async () => {
    const run = await importEmployees(unitId, [person('UN-1', UNIT), person('UN-2', UNIT)]);
    expect(await undone(run.runId)).toMatchObject({ employeesRestored: 0, employeesRemoved: 2 });
    expect(await stored('UN-')).toEqual([]);
  });

  it('is refused when a new employee has records of their own (they would be lost)', async () => {
    const run = await importEmployees(unitId, [person('UN-3', UNIT), person('UN-4', UNIT)]);
    const competenceId = await ensureCompetence('Importtest angre kompetanse');
    await db().query(
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence, assessed_on)
       SELECT region_id, id, $1, 2, 'INFORMAL', 'Lært i jobben', '2026-01-10'
       FROM employee WHERE employee_number = 'UN-4'`,
      [competenceId],
    );
    expect(await undoError(run.runId!)).toMatchObject({
      extensions: { code: 'IMPORT_UNDO_IN_USE' },
      message: expect.stringContaining('1 av de nye ansatte den opprettet'),
    });
    expect((await stored('UN-')).map((row) => row.employee_number)).toEqual(['UN-3', 'UN-4']);
  });
});

describe('undoing a qualification import', () => {
  const UNIT = 'Importtest angre kvalifikasjoner';
  const Q_HEADER = ['Ansattnummer', 'Kvalifikasjon', 'Type', 'Oppnådd dato', 'Kompetanse', 'Nivå'];
  let unitId: string;

  beforeAll(async () => {
    unitId = await ensureUnit(GJOVIK, UNIT);
    await importEmployees(unitId, [person('UQ-1', UNIT), person('UQ-2', UNIT)]);
    await ensureCompetence('Importtest angre HLR', 12);
    await ensureCompetence('Importtest angre Demens');
  });

  async function importQualifications(rows: string[][]) {
    const { status, body } = await upload(
      'qualifications',
      semicolonCsv(Q_HEADER, rows),
      { municipality: GJOVIK, unitId, dryRun: 'false' },
      hr.headers,
    );
    if (status !== 200) throw new Error(JSON.stringify(body));
    return body;
  }

  async function formal() {
    const { rows } = await db().query(
      `SELECT e.employee_number, q.title, c.name AS competence, a.level
       FROM qualification q JOIN employee e ON e.id = q.employee_id
       LEFT JOIN assessment a ON a.qualification_id = q.id
       LEFT JOIN competence c ON c.id = a.competence_id
       WHERE e.employee_number LIKE 'UQ-%' ORDER BY 1, 2, 3`,
    );
    return rows;
  }

  it('removes the qualifications and formal levels it added; a run that extended them must go first', async () => {
    const first = await importQualifications([
      ['UQ-1', 'HLR voksne', 'sertifikat', '15.01.2026', 'Importtest angre HLR', '3'],
      ['UQ-2', 'Demensomsorgens ABC', 'kurs', '01.02.2025', '', ''],
    ]);
    expect(first.totals).toEqual({ qualifications: 2, assessments: 1 });
    const afterFirst = await formal();
    const second = await importQualifications([
      ['UQ-1', 'HLR voksne', 'sertifikat', '15.01.2026', 'Importtest angre Demens', '2'],
    ]);
    expect(second.counts.updated).toBe(1);

    expect(await undoError(first.runId!)).toMatchObject({
      extensions: { code: 'IMPORT_CHANGED_SINCE' },
      message: expect.stringContaining(
        'en senere import har lagt til kompetanse på 1 av kvalifikasjonene',
      ),
    });

    expect(await undone(second.runId)).toMatchObject({
      qualificationsRemoved: 0,
      assessmentsRemoved: 1,
    });
    expect(await formal()).toEqual(afterFirst);

    expect(await undone(first.runId)).toMatchObject({
      qualificationsRemoved: 2,
      assessmentsRemoved: 1,
    });
    expect(await formal()).toEqual([]);
    const { rows } = await db().query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE details->>'undoOf' = $1 GROUP BY action`,
      [first.runId],
    );
    expect(rows).toEqual([{ action: 'qualification.delete', n: 2 }]);
  });

  it('assessment history stays append-only outside an undo', async () => {
    await importQualifications([
      ['UQ-2', 'Kurs i legemiddelhåndtering', 'kurs', '03.03.2025', 'Importtest angre Demens', '1'],
    ]);
    await expect(
      db().query(
        `DELETE FROM assessment WHERE employee_id = (SELECT id FROM employee WHERE employee_number = 'UQ-2')`,
      ),
    ).rejects.toThrow(/append-only/);
  });
});

describe('the command line', () => {
  const UNIT = 'Importtest angre CLI';
  const PREFIX = 'UC-';

  it('lists runs, refuses a mass deactivation without --confirm-deactivate, applies with it, and undoes', async () => {
    const unitId = await ensureUnit(GJOVIK, UNIT);
    await importEmployees(
      unitId,
      Array.from({ length: 10 }, (_, i) => person(`${PREFIX}${i}`, UNIT)),
    );
    const dir = mkdtempSync(join(tmpdir(), 'kp-undo-cli-'));
    const file = join(dir, 'to.csv');
    writeFileSync(
      file,
      semicolonCsv(EMPLOYEE_HEADER, [person(`${PREFIX}0`, UNIT), person(`${PREFIX}1`, UNIT)]),
    );
    const base = ['import', 'employees', file, '--municipality', GJOVIK, '--unit', UNIT];

    const refused = await runCli(base);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Ingenting er lagret. Er det riktig at 8 ansatte skal deaktiveres, kjør importen på nytt med --confirm-deactivate 8.',
    );
    expect((await stored(PREFIX)).filter((row) => row.active)).toHaveLength(10);

    const applied = await runCli([...base, '--confirm-deactivate=8', '--json']);
    expect(applied.code).toBe(0);
    const report = JSON.parse(applied.stdout);
    expect(report).toMatchObject({ applied: true, counts: { deactivated: 8 } });
    expect((await stored(PREFIX)).filter((row) => row.active)).toHaveLength(2);

    const runs = await runCli(['import', 'runs', '--municipality', GJOVIK]);
    expect(runs.code).toBe(0);
    expect(runs.stdout).toMatch(
      new RegExp(`${report.runId} .* to\\.csv .*8 deaktivert {2}– kan angres`),
    );

    const undone = await runCli(['import', 'undo', report.runId]);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toBe(
      `Importen ${report.runId} (to.csv) er angret. 8 ansatte har fått tilbake opplysningene de hadde før importen, 0 ansatte importen opprettet, er fjernet.\n`,
    );
    expect((await stored(PREFIX)).filter((row) => row.active)).toHaveLength(10);

    const again = await runCli(['import', 'undo', report.runId]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /Importen er allerede angret .* av kommandolinjen\. Den kan ikke angres to ganger\./,
    );
    const { rows } = await db().query(
      `SELECT actor_user_id, details->>'via' AS via FROM audit_log WHERE action = 'import.employees.undo' AND entity_id = $1`,
      [report.runId],
    );
    expect(rows).toEqual([{ actor_user_id: null, via: 'cli' }]);
  }, 180_000);

  it('writes the templates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-template-cli-'));
    const result = await runCli(['import', 'template', 'qualifications', join(dir, 'mal.csv')]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'mal.csv'), 'utf8')).toBe(
      '\uFEFFAnsattnummer;Kvalifikasjon;Type;Utsteder;Oppnådd dato;Utløpsdato;Kompetanse;Nivå\r\n',
    );
    const wrong = await runCli(['import', 'template', 'qualifications', join(dir, 'mal.pdf')]);
    expect(wrong.code).toBe(2);
  }, 60_000);
});
