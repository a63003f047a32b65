import {
  contentTypeFor,
  fileProblem,
  importUrl,
  interpretImportResponse,
  templateUrl,
} from './import-request';

describe('importUrl', () => {
  it('builds the dry-run and real-run addresses', () => {
    expect(
      importUrl({
        kind: 'employees',
        municipalityNumber: '3407',
        dryRun: true,
        filename: 'ansatte mars.csv',
      }),
    ).toBe('/api/imports/employees?municipality=3407&dryRun=true&filename=ansatte+mars.csv');
    expect(
      importUrl({
        kind: 'qualifications',
        municipalityNumber: '3442',
        dryRun: false,
        filename: 'kurs&sertifikater.xlsx',
      }),
    ).toBe(
      '/api/imports/qualifications?municipality=3442&dryRun=false&filename=kurs%26sertifikater.xlsx',
    );
  });

  it('adds the unit and the confirmed count when there are any', () => {
    expect(
      importUrl({
        kind: 'employees',
        municipalityNumber: '3407',
        dryRun: false,
        filename: 'tre.csv',
        unitId: 'u-1',
        confirmDeactivate: 22,
      }),
    ).toBe(
      '/api/imports/employees?municipality=3407&dryRun=false&filename=tre.csv&unitId=u-1&confirmDeactivate=22',
    );
    expect(
      importUrl({
        kind: 'employees',
        municipalityNumber: '3407',
        dryRun: true,
        filename: 'a.csv',
        unitId: null,
        confirmDeactivate: 0,
      }),
    ).toBe(
      '/api/imports/employees?municipality=3407&dryRun=true&filename=a.csv&confirmDeactivate=0',
    );
  });

  it('points at the API’s templates', () => {
    expect(templateUrl('qualifications', 'xlsx')).toBe(
      '/api/imports/templates/qualifications.xlsx',
    );
  });
});

describe('interpretImportResponse', () => {
  const report = { counts: { created: 1 }, errors: [] };

  it('shows a report whatever the status', () => {
    expect(interpretImportResponse(200, report)).toMatchObject({ kind: 'report' });
    expect(interpretImportResponse(422, { ...report, ok: false })).toMatchObject({
      kind: 'report',
      report: { ok: false },
    });
  });

  it.each([
    [404, { message: 'Cannot POST /api/imports/employees', statusCode: 404 }, 'NOT_AVAILABLE'],
    [405, null, 'NOT_AVAILABLE'],
    [401, { message: 'Du må logge inn' }, 'UNAUTHENTICATED'],
    [403, null, 'FORBIDDEN'],
    [413, null, 'TOO_LARGE'],
    [500, null, 'SERVER'],
    [502, null, 'SERVER'],
  ])('turns status %p without a report into %p', (status, body, reason) => {
    expect(interpretImportResponse(status, body)).toMatchObject({ kind: 'failure', reason });
  });

  it("keeps the API's own message", () => {
    expect(
      interpretImportResponse(403, {
        errors: [{ message: 'Forespørselen ble avvist av sikkerhetshensyn.' }],
      }),
    ).toEqual({
      kind: 'failure',
      reason: 'FORBIDDEN',
      message: 'Forespørselen ble avvist av sikkerhetshensyn.',
    });
    expect(interpretImportResponse(400, { message: ['Ukjent kommune', 'Mangler fil'] })).toEqual({
      kind: 'failure',
      reason: 'SERVER',
      message: 'Ukjent kommune Mangler fil',
    });
  });
});

describe('fileProblem', () => {
  it.each([
    [null, 'import.fileRequired'],
    [{ name: 'ansatte.pdf', size: 10 }, 'import.fileType'],
    [{ name: 'ansatte.xls', size: 10 }, 'import.fileType'],
    [{ name: 'ansatte.csv', size: 0 }, 'import.fileEmpty'],
    [{ name: 'Ansatte.CSV', size: 10 }, null],
    [{ name: 'kvalifikasjoner.xlsx', size: 10 }, null],
  ])('checks %p', (file, expected) => {
    expect(fileProblem(file)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['ansatte.csv', 'text/csv'],
    ['ANSATTE.CSV', 'text/csv'],
    ['kurs.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ukjent', 'application/octet-stream'],
  ])('labels %p as %p', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});
