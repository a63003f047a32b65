import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, db } from './support/database';
import {
  employeeCount,
  ensureUnit,
  fixturePath,
  runCli,
  type ImportReportBody,
} from './fixtures/imports/import-helpers';

// The command line imports into Søndre Land, into units of the tests' own, each run limited to
// its unit so the counts are exact.
const SONDRE_LAND = '3447';
const work = mkdtempSync(join(tmpdir(), 'kp-import-cli-'));

beforeAll(async () => {
  await ensureUnit(SONDRE_LAND, 'Importtest CLI Hov', 'Hov sykehjem');
  await ensureUnit(SONDRE_LAND, 'Importtest CLI stor', 'Hov sykehjem');
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeDb();
});

function importEmployees(file: string, ...flags: string[]) {
  return runCli([
    'import',
    'employees',
    file,
    '--municipality',
    SONDRE_LAND,
    '--unit',
    'Importtest CLI Hov',
    ...flags,
  ]);
}

describe('npm run cli -- import employees', () => {
  it('dry run: exit 0, a readable summary on stdout, nothing written', async () => {
    const result = await importEmployees(fixturePath('cli-employees.csv'), '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Prøvekjøring av import av ansatte til Søndre Land (3447), avgrenset til «Importtest CLI Hov» – ingenting er lagret.',
        'Fil: cli-employees.csv (CSV, UTF-8, skilletegn «;»), 2 rader.',
        '',
        '  Nye:                2',
        '  Endres:             0',
        '  Uendret:            0',
        '  Deaktiveres:        0',
        '  Feil:               0',
        '',
        'Nye:',
        '  rad 2: IMP-CLI-001 Ola Nordmann',
        '  rad 3: IMP-CLI-002 Kari Nordmann',
        '',
      ].join('\n'),
    );
    expect(await employeeCount('IMP-CLI-')).toBe(0);
  });

  it('real run: exit 0 and saved; a second run changes nothing', async () => {
    const first = await importEmployees(fixturePath('cli-employees.csv'));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Fullført import av ansatte til Søndre Land \(3447\)/);
    expect(await employeeCount('IMP-CLI-')).toBe(2);

    const second = await importEmployees(fixturePath('cli-employees.csv'), '--json');
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout) as ImportReportBody;
    expect(report.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      deactivated: 0,
      errors: 0,
    });

    // the run is audited without a signed-in user: the command line says who
    const { rows } = await db().query(
      `SELECT actor_user_id, details->>'via' AS via FROM audit_log WHERE entity_id = $1`,
      [report.runId],
    );
    expect(rows).toEqual([{ actor_user_id: null, via: 'cli' }]);
  });

  it('a file with errors: exit 1, the errors on stderr, nothing written', async () => {
    const result = await importEmployees(fixturePath('cli-employees-bad.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        // the file lacks both employees of the unit: a mass deactivation, said before the errors
        'Merknader:',
        '  Importen vil deaktivere 2 av 2 aktive ansatte i Søndre Land under «Importtest CLI Hov» (100\u00A0%): alle som mangler i filen. Er filen bare et utdrag, avgrens importen til en enhet. Skal så mange deaktiveres, må du bekrefte antallet før importen kjøres.',
        'Feil i filen (1):',
        '  rad 3, kolonne «Stillingsprosent»: Stillingsprosent må være mellom 0 og 100 (fant 200).',
        'Ingenting er lagret. Rett feilene og kjør importen på nytt.',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/^Avvist import av ansatte/);
    expect(await employeeCount('IMP-CLI-003')).toBe(0);
  });

  it('a file over the size limit: refused without reading it', async () => {
    const huge = join(work, 'stor.csv');
    writeFileSync(huge, '');
    // a sparse 200 MB file: takes no disk space, and is never read
    truncateSync(huge, 200 * 1024 * 1024);
    const result = await importEmployees(huge, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Filen er for stor (200 MB). Største tillatte størrelse er 50 MB.',
    );
  });

  it.each([
    ['no municipality', ['import', 'employees', 'x.csv'], /--municipality <kommunenummer>/],
    [
      'an unknown kind',
      ['import', 'people', 'x.csv', '--municipality', '3447'],
      /import employees/,
    ],
    [
      'a missing file',
      ['import', 'employees', 'finnes-ikke.csv', '--municipality', '3447'],
      /Fant ikke filen finnes-ikke\.csv/,
    ],
  ])('a usage error (%s) exits with 2', async (_case, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('an unknown municipality → exit 1', async () => {
    const result = await runCli([
      'import',
      'employees',
      fixturePath('cli-employees.csv'),
      '--municipality',
      '9999',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Fant ikke kommunen.\n');
  });
});

describe('a moderate file streamed through (5 000 rows)', () => {
  const ROWS = 5000;
  let file: string;

  beforeAll(() => {
    const lines = [
      'Ansattnummer;Fornavn;Etternavn;Enhet;Yrkeskode;Stillingsprosent;Fødselsår;Startdato',
    ];
    for (let i = 1; i <= ROWS; i += 1) {
      const number = `IMP-S-${String(i).padStart(5, '0')}`;
      const profession = i % 2 ? '5321' : '2223';
      const fte = `${i % 100},5`;
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(
        `${number};Navn${i};Etternavnsen;Importtest CLI stor;${profession};${fte};${1960 + (i % 40)};${day}.0${(i % 9) + 1}.2015`,
      );
    }
    file = join(work, 'ansatte-5000.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  });

  function run(...flags: string[]) {
    return runCli([
      'import',
      'employees',
      file,
      '--municipality',
      SONDRE_LAND,
      '--unit',
      'Importtest CLI stor',
      '--json',
      ...flags,
    ]);
  }

  it('imports all rows, reporting the first 1 000 of them in detail, then re-runs without changes', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as ImportReportBody;
    expect(report.counts).toEqual({
      created: ROWS,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      errors: 0,
    });
    expect(report.rows.created).toHaveLength(1000);
    expect(report.rows.created[999]).toEqual({
      row: 1001,
      employeeNumber: 'IMP-S-01000',
      name: 'Navn1000 Etternavnsen',
    });
    expect(await employeeCount('IMP-S-')).toBe(ROWS);
    const { rows } = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'employee.create' AND details->>'importRun' = $1`,
      [report.runId],
    );
    expect(rows[0].n).toBe(ROWS);

    const second = await run();
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as ImportReportBody).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: ROWS,
      deactivated: 0,
      errors: 0,
    });
    // two CLI runs over 5 000 rows: room for a busy machine (no assertion depends on time)
  }, 120_000);
});
