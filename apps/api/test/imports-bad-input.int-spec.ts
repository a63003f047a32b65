import { request } from 'node:http';
import { apiUrl, as, DEMO } from './support/api-client';
import { closeDb, count } from './support/database';
import {
  employeeCount,
  ensureUnit,
  fixture,
  upload,
  type ImportReportBody,
} from './fixtures/imports/import-helpers';

const GJOVIK = '3407';
let hr: Record<string, string>;
let feilhuset: string;
let enkeltfeil: string;

beforeAll(async () => {
  hr = (await as(DEMO.hrGjovik)).headers;
  feilhuset = await ensureUnit(GJOVIK, 'Importtest Feilhuset');
  enkeltfeil = await ensureUnit(GJOVIK, 'Importtest Enkeltfeil');
});
afterAll(closeDb);

function importEmployees(name: string, query: Record<string, string>) {
  return upload('employees', fixture(name), { municipality: GJOVIK, ...query }, hr);
}

describe('bad rows: each gets its row, column and reason, and nothing is written', () => {
  const thisYear = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(
      new Date(),
    ),
  );

  it('dry run lists every error exactly, besides what the good rows would do', async () => {
    const { status, body } = await importEmployees('employees-errors.csv', { unitId: feilhuset });
    expect(status).toBe(422);
    expect(body.ok).toBe(false);
    expect(body.counts).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      errors: 9,
    });
    expect(body.rows.created).toEqual([
      { row: 2, employeeNumber: 'IMP-D-001', name: 'Grete Gyldig' },
    ]);
    expect(body.errors).toEqual([
      {
        row: 3,
        column: 'Enhet',
        code: 'UNKNOWN_UNIT',
        message: 'Fant ingen enhet med navnet «Finnes ikke» i Gjøvik.',
      },
      {
        row: 4,
        column: 'Yrkeskode',
        code: 'UNKNOWN_PROFESSION',
        message:
          'Ukjent yrkeskode «1234». Bruk en STYRK-08-kode, for eksempel 2223 (sykepleiere) eller 5321 (helsefagarbeidere).',
      },
      {
        row: 5,
        column: 'Stillingsprosent',
        code: 'FTE_OUT_OF_RANGE',
        message: 'Stillingsprosent må være mellom 0 og 100 (fant 120).',
      },
      {
        row: 6,
        column: 'Stillingsprosent',
        code: 'FTE_OUT_OF_RANGE',
        message: 'Stillingsprosent må være mellom 0 og 100 (fant -5).',
      },
      {
        row: 7,
        column: 'Fødselsår',
        code: 'BIRTH_YEAR_IN_FUTURE',
        message: 'Fødselsåret 2099 ligger i fremtiden.',
      },
      {
        row: 8,
        column: 'Fødselsår',
        code: 'BIRTH_YEAR_IMPLAUSIBLE',
        message: `Fødselsåret 1890 er ikke sannsynlig for en ansatt (${thisYear - 1890} år i ${thisYear}).`,
      },
      {
        row: 9,
        column: 'Startdato',
        code: 'INVALID_DATE',
        message:
          'Startdato «31.02.2020» er ikke en gyldig dato. Bruk dd.mm.åååå, for eksempel 01.08.2024.',
      },
      {
        row: 10,
        column: 'Ansattnummer',
        code: 'DUPLICATE_EMPLOYEE_NUMBER',
        message: 'Ansattnummer «IMP-D-009» står flere ganger i filen (rad 10 og 11).',
      },
      {
        row: 11,
        column: 'Ansattnummer',
        code: 'DUPLICATE_EMPLOYEE_NUMBER',
        message: 'Ansattnummer «IMP-D-009» står flere ganger i filen (rad 10 og 11).',
      },
    ]);
  });

  it('a real run of the same file writes nothing', async () => {
    const before = await count('SELECT 1 FROM audit_log WHERE action = $1', ['employee.create']);
    const { status, body } = await importEmployees('employees-errors.csv', {
      unitId: feilhuset,
      dryRun: 'false',
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ dryRun: false, applied: false, ok: false, counts: { errors: 9 } });
    expect(await employeeCount('IMP-D-')).toBe(0);
    expect(
      await count('SELECT 1 FROM audit_log WHERE action = $1 AND details->>$2 = $3', [
        'employee.create',
        'importRun',
        body.runId,
      ]),
    ).toBe(0);
    expect(
      await count('SELECT 1 FROM audit_log WHERE action = $1', ['employee.create']),
    ).toBeGreaterThanOrEqual(before);
  });

  it('a file with one bad row among good ones writes nothing', async () => {
    const { status, body } = await importEmployees('employees-one-bad-row.csv', {
      unitId: enkeltfeil,
      dryRun: 'false',
    });
    expect(status).toBe(422);
    expect(body.applied).toBe(false);
    expect(body.counts).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      errors: 1,
    });
    expect(body.errors).toEqual([
      {
        row: 4,
        column: 'Stillingsprosent',
        code: 'FTE_OUT_OF_RANGE',
        message: 'Stillingsprosent må være mellom 0 og 100 (fant 150).',
      },
    ]);
    expect(await employeeCount('IMP-E-')).toBe(0);
  });

  it('refuses rows for units outside the unit the import is limited to', async () => {
    const file = Buffer.from(
      'Ansattnummer;Fornavn;Etternavn;Enhet;Stillingsprosent\n' +
        'IMP-O-001;Ola;Utenfor;Importtest Feilhuset;100\n' +
        'IMP-O-002;Kari;Innenfor;Importtest Enkeltfeil;100\n',
    );
    const { status, body } = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId: enkeltfeil },
      hr,
    );
    expect(status).toBe(422);
    expect(body.counts).toMatchObject({ created: 1, errors: 1 });
    expect(body.errors).toEqual([
      {
        row: 2,
        column: 'Enhet',
        code: 'UNIT_OUTSIDE_SCOPE',
        message:
          'Enheten «Importtest Feilhuset» ligger ikke under «Importtest Enkeltfeil», som importen er avgrenset til.',
      },
    ]);
  });

  it('uses an explicit column mapping over the default header names', async () => {
    const file = Buffer.from(
      'Lønnsnr;Fornavn;Etternavn;Arbeidsplass;Pst\nIMP-M-001;Mona;Mapping;Importtest Enkeltfeil;80\n',
    );
    const refused = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId: enkeltfeil },
      hr,
    );
    expect(refused.body.errors[0]).toMatchObject({ code: 'MISSING_COLUMNS' });

    const { status, body } = await upload(
      'employees',
      file,
      {
        municipality: GJOVIK,
        unitId: enkeltfeil,
        mapping: JSON.stringify({ employeeNumber: 'Lønnsnr', unit: 'Arbeidsplass', fte: 'Pst' }),
      },
      hr,
    );
    expect(status).toBe(200);
    expect(body.counts.created).toBe(1);
    expect(body.file.columns.find((column) => column.field === 'fte')?.header).toBe('Pst');
  });
});

describe('bad files: one clear error and nothing written', () => {
  async function refused(name: string) {
    const { status, body } = await importEmployees(name, { unitId: enkeltfeil, dryRun: 'false' });
    expect(status).toBe(422);
    expect(body).toMatchObject({ applied: false, ok: false });
    return body.errors;
  }

  it('a header row missing required columns: one error naming them all', async () => {
    expect(await refused('employees-missing-columns.csv')).toEqual([
      {
        row: 1,
        column: null,
        code: 'MISSING_COLUMNS',
        message:
          'Filen mangler påkrevde kolonner: Etternavn, Stillingsprosent. Første rad må være overskrifter; fant «Ansattnummer», «Fornavn», «Enhet», «Stilling».',
      },
    ]);
    expect(await employeeCount('IMP-F-')).toBe(0);
  });

  it('a national identity number column, by its name', async () => {
    expect(await refused('employees-national-id-column.csv')).toEqual([
      {
        row: 1,
        column: 'Fødselsnummer',
        code: 'NATIONAL_ID_COLUMN',
        message:
          'Kolonnen «Fødselsnummer» ser ut til å inneholde fødselsnummer. Kompetanseplan lagrer aldri fødselsnummer – fjern kolonnen fra filen og prøv igjen.',
      },
    ]);
  });

  it('a national identity number column, by its values (reported once)', async () => {
    expect(await refused('employees-national-id-values.csv')).toEqual([
      {
        row: 3,
        column: 'Personident',
        code: 'NATIONAL_ID_VALUE',
        message:
          'Kolonnen «Personident» ser ut til å inneholde fødselsnummer (11 siffer). Kompetanseplan lagrer aldri fødselsnummer – fjern kolonnen fra filen og prøv igjen.',
      },
    ]);
    expect(await employeeCount('IMP-G-')).toBe(0);
  });

  it.each([
    ['an empty file', 'empty.csv', 'EMPTY_FILE', 'Filen er tom.'],
    [
      'a header without rows',
      'header-only.csv',
      'NO_ROWS',
      'Filen har overskrifter, men ingen rader under dem.',
    ],
    [
      'a file in another encoding (UTF-16)',
      'employees-utf16.csv',
      'UNSUPPORTED_ENCODING',
      'Filen er lagret som UTF-16 («Unicode-tekst»), som ikke kan importeres. Lagre den som «CSV UTF-8» eller «CSV (semikolonseparert)» og prøv igjen.',
    ],
  ])('%s', async (_case, name, code, message) => {
    expect(await refused(name)).toEqual([{ row: null, column: null, code, message }]);
  });

  it('a file that is not a spreadsheet at all', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]);
    const { status, body } = await upload(
      'employees',
      pdf,
      { municipality: GJOVIK, unitId: enkeltfeil },
      hr,
    );
    expect(status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' })]);
  });

  it('a workbook that is broken', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const { status, body } = await upload(
      'employees',
      broken,
      { municipality: GJOVIK, unitId: enkeltfeil },
      hr,
    );
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        row: null,
        column: null,
        code: 'UNREADABLE_FILE',
        message:
          'Excel-filen kan ikke leses. Åpne den i Excel, lagre den på nytt som Excel-arbeidsbok (.xlsx) og prøv igjen.',
      },
    ]);
  });

  it('a CSV file with a quote that never closes, from the row where it opens', async () => {
    const file = Buffer.from(
      'Ansattnummer;Fornavn;Etternavn;Enhet;Stillingsprosent\n' +
        'IMP-U-001;Ola;Nordmann;Importtest Enkeltfeil;100\n' +
        'IMP-U-002;"Kari;Nordmann;Importtest Enkeltfeil;100\n' +
        'IMP-U-003;Per;Nordmann;Importtest Enkeltfeil;100\n',
    );
    const { status, body } = await upload(
      'employees',
      file,
      { municipality: GJOVIK, unitId: enkeltfeil, dryRun: 'false' },
      hr,
    );
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        row: 3,
        column: null,
        code: 'UNREADABLE_FILE',
        message:
          'Et felt som starter med anførselstegn («"») avsluttes aldri, så resten av filen kan ikke leses. Rett raden og prøv igjen.',
      },
    ]);
    expect(await employeeCount('IMP-U-')).toBe(0);
  });

  it('a file called .xlsx that is not one', async () => {
    const { body } = await upload(
      'employees',
      fixture('employees-comma.csv'),
      { municipality: GJOVIK, unitId: enkeltfeil, filename: 'ansatte.xlsx' },
      hr,
    );
    expect(body.errors).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE' })]);
  });
});

describe('the size limit (50 MB)', () => {
  /**
   * Streams `total` bytes of a CSV-looking body, and stops as soon as the answer arrives.
   * Resolves with the answer and how much was sent: an upload the server stops reading
   * never gets anywhere near its full size.
   */
  function sendLarge(total: number, declareLength: boolean) {
    const url = new URL(
      `${apiUrl()}/api/imports/employees?municipality=${GJOVIK}&unitId=${enkeltfeil}`,
    );
    return new Promise<{ status: number; body: ImportReportBody; sent: number }>(
      (resolve, reject) => {
        let sent = 0;
        let answered = false;
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: `${url.pathname}${url.search}`,
            method: 'POST',
            headers: {
              ...hr,
              'content-type': 'text/csv',
              ...(declareLength ? { 'content-length': String(total) } : {}),
            },
          },
          (res) => {
            answered = true;
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => {
              req.destroy();
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), sent });
            });
          },
        );
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        const header = Buffer.from('Ansattnummer;Fornavn;Etternavn;Enhet;Stillingsprosent\n');
        const chunk = Buffer.alloc(1 << 20, 'IMP-Z-001;Stor;Fil;Importtest Enkeltfeil;100\n');
        const pump = () => {
          while (!answered && sent < total) {
            const piece =
              sent === 0 ? header : chunk.subarray(0, Math.min(chunk.length, total - sent));
            sent += piece.length;
            if (!req.write(piece)) {
              req.once('drain', pump);
              return;
            }
          }
          if (!answered) req.end();
        };
        pump();
      },
    );
  }

  const TOO_LARGE = {
    row: null,
    column: null,
    code: 'FILE_TOO_LARGE',
  };

  it('refuses a declared 200 MB upload before reading it', async () => {
    const { status, body, sent } = await sendLarge(200 * 1024 * 1024, true);
    expect(status).toBe(413);
    expect(body.errors).toEqual([
      {
        ...TOO_LARGE,
        message:
          'Filen er for stor (200 MB). Største tillatte størrelse er 50 MB. Del filen opp, eller fjern kolonner som ikke skal importeres.',
      },
    ]);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('stops reading an upload of unknown length at the limit', async () => {
    const { status, body, sent } = await sendLarge(200 * 1024 * 1024, false);
    expect(status).toBe(413);
    expect(body.errors).toEqual([expect.objectContaining(TOO_LARGE)]);
    expect(sent).toBeLessThan(120 * 1024 * 1024);
    expect(await employeeCount('IMP-Z-')).toBe(0);
  });
});

describe('who may import', () => {
  const FILE = 'employees-one-bad-row.csv';

  it.each([
    ['anonymous callers', null, 401, 'UNAUTHENTICATED'],
    ['unit leaders', DEMO.leaderHomeCareGjovik, 403, 'FORBIDDEN'],
    ['board members', DEMO.board, 403, 'FORBIDDEN'],
    ['region admins', DEMO.admin, 403, 'FORBIDDEN'],
  ])('refuses %s', async (_who, user, status, code) => {
    const headers = user ? (await as(user)).headers : {};
    const response = await upload('employees', fixture(FILE), { municipality: GJOVIK }, headers);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ code });
  });

  it('answers HR of another municipality exactly as for a municipality that does not exist', async () => {
    const other = await upload('employees', fixture(FILE), { municipality: '3447' }, hr);
    const unknown = await upload('employees', fixture(FILE), { municipality: '9999' }, hr);
    expect(other.status).toBe(404);
    expect(other).toEqual(unknown);
    expect(other.body).toEqual({ code: 'NOT_FOUND', message: 'Fant ikke kommunen.' });
  });

  it('refuses a unit of another municipality as unknown', async () => {
    const hov = await ensureUnit('3447', 'Importtest Søndre Land-enhet', 'Hov sykehjem');
    const response = await upload(
      'employees',
      fixture(FILE),
      { municipality: GJOVIK, unitId: hov },
      hr,
    );
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      code: 'NOT_FOUND',
      message: 'Fant ikke enheten i denne kommunen.',
    });
  });

  it.each([
    ['a missing municipality', {}, 400, 'BAD_USER_INPUT'],
    ['a bad dryRun', { municipality: GJOVIK, dryRun: 'kanskje' }, 400, 'BAD_USER_INPUT'],
    ['a bad mapping', { municipality: GJOVIK, mapping: '[1]' }, 400, 'BAD_USER_INPUT'],
  ])('answers %s with a field error', async (_case, query, status, code) => {
    const response = await upload('employees', fixture(FILE), query, hr);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({
      code,
      fields: [expect.objectContaining({ code: expect.any(String) })],
    });
  });

  it('refuses a JSON or form body', async () => {
    const response = await upload(
      'employees',
      fixture(FILE),
      { municipality: GJOVIK },
      {
        ...hr,
        'content-type': 'multipart/form-data; boundary=x',
      },
    );
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  describe('with the session cookie', () => {
    async function cookieSession() {
      const response = await fetch(`${apiUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { csrfToken } }',
          variables: { e: DEMO.hrGjovik, p: 'reks-demo-2026' },
        }),
      });
      const body = (await response.json()) as { data: { login: { csrfToken: string } } };
      const cookie = response.headers
        .getSetCookie()
        .map((value) => value.split(';')[0])
        .join('; ');
      return { cookie, csrfToken: body.data.login.csrfToken };
    }

    it('refuses an upload without the CSRF token, and writes nothing', async () => {
      const { cookie } = await cookieSession();
      const file = Buffer.from(
        'Ansattnummer;Fornavn;Etternavn;Enhet;Stillingsprosent\nIMP-K-001;Kaja;Kake;Importtest Enkeltfeil;100\n',
      );
      const attempts: Array<Record<string, string>> = [
        { cookie },
        { cookie, 'x-csrf-token': 'feil' },
      ];
      for (const headers of attempts) {
        const response = await upload(
          'employees',
          file,
          { municipality: GJOVIK, unitId: enkeltfeil, dryRun: 'false' },
          headers,
        );
        expect(response.status).toBe(403);
        expect(response.body).toEqual({
          code: 'CSRF_REJECTED',
          message:
            'Forespørselen ble avvist av sikkerhetshensyn. Last siden på nytt og prøv igjen.',
        });
      }
      expect(await employeeCount('IMP-K-')).toBe(0);
    });

    it('accepts it with the token echoed in x-csrf-token', async () => {
      const { cookie, csrfToken } = await cookieSession();
      const file = Buffer.from(
        'Ansattnummer;Fornavn;Etternavn;Enhet;Stillingsprosent\nIMP-K-002;Kaja;Kake;Importtest Enkeltfeil;100\n',
      );
      const response = await upload(
        'employees',
        file,
        { municipality: GJOVIK, unitId: enkeltfeil },
        {
          cookie,
          'x-csrf-token': csrfToken,
        },
      );
      expect(response.status).toBe(200);
      expect(response.body.counts.created).toBe(1);
    });
  });
});
