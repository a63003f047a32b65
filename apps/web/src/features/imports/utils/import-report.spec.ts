import { changeCount, needsDeactivationConfirmation, parseImportReport } from './import-report';

const REPORT = {
  kind: 'employees',
  municipality: { number: '3407', name: 'Gjøvik' },
  unit: null,
  dryRun: true,
  applied: false,
  ok: false,
  file: {
    name: 'ansatte.csv',
    format: 'csv',
    encoding: 'windows-1252',
    delimiter: ';',
    dataRows: 3,
    columns: [{ field: 'fte', label: 'Stillingsprosent', header: 'Stilling %' }],
    ignoredColumns: ['Kommentar'],
  },
  counts: { created: 1, updated: 1, unchanged: 0, deactivated: 2, errors: 1 },
  rows: {
    created: [{ row: 2, employeeNumber: '1001', name: 'Kari Nordmann' }],
    updated: [
      {
        row: 3,
        employeeNumber: '1002',
        name: 'Ola Nordmann',
        changes: [{ field: 'fte', label: 'Stillingsprosent', from: '80', to: '100' }],
      },
    ],
    unchanged: [],
    deactivated: [{ row: null, employeeNumber: '0999', name: 'Per Hansen' }, 'junk'],
  },
  errors: [
    { row: 4, column: 'Stilling %', code: 'FTE_RANGE', message: 'Stillingsprosent må være 0–100' },
    { row: 5 },
  ],
  detailLimit: 1000,
};

describe('parseImportReport', () => {
  it("reads the API's report", () => {
    const report = parseImportReport(REPORT);
    expect(report).toMatchObject({
      dryRun: true,
      applied: false,
      ok: false,
      municipalityName: 'Gjøvik',
      file: {
        name: 'ansatte.csv',
        encoding: 'windows-1252',
        dataRows: 3,
        columns: [{ label: 'Stillingsprosent', header: 'Stilling %' }],
        ignoredColumns: ['Kommentar'],
      },
      counts: { created: 1, updated: 1, unchanged: 0, deactivated: 2, errors: 1 },
      errors: [
        {
          row: 4,
          column: 'Stilling %',
          code: 'FTE_RANGE',
          message: 'Stillingsprosent må være 0–100',
        },
      ],
    });
    expect(report?.rows.updated[0].changes).toEqual([
      { label: 'Stillingsprosent', from: '80', to: '100' },
    ]);
    expect(report?.rows.deactivated).toEqual([
      { row: null, employeeNumber: '0999', name: 'Per Hansen', detail: null, changes: [] },
    ]);
    expect(changeCount(report!)).toBe(4);
  });

  it('fills in what is missing instead of failing', () => {
    expect(parseImportReport({ counts: {} })).toEqual({
      runId: null,
      dryRun: true,
      applied: false,
      ok: true,
      municipalityName: null,
      unitName: null,
      file: {
        name: null,
        format: null,
        encoding: null,
        dataRows: 0,
        columns: [],
        ignoredColumns: [],
      },
      counts: { created: 0, updated: 0, unchanged: 0, deactivated: 0, errors: 0 },
      rows: { created: [], updated: [], unchanged: [], deactivated: [] },
      errors: [],
      warnings: [],
      deactivation: null,
      undoableUntil: null,
    });
  });

  it('reads the warnings, the deactivation summary and the undo window', () => {
    const report = parseImportReport({
      runId: 'r-1',
      ok: true,
      unit: { id: 'u', name: 'Importtest vakt' },
      counts: { deactivated: 22 },
      warnings: [
        { row: null, column: null, code: 'MASS_DEACTIVATION', message: 'Importen vil …' },
        { row: 1, column: 'Yrke', code: 'HEADER_HINT', message: 'Mente du «Yrkeskode»?' },
        'junk',
      ],
      deactivation: { count: 22, activeInScope: 25, confirmationRequired: true, confirmed: null },
      undoableUntil: '2026-12-24T09:15:00.000Z',
    });
    expect(report).toMatchObject({
      runId: 'r-1',
      unitName: 'Importtest vakt',
      warnings: [
        { row: null, column: null, code: 'MASS_DEACTIVATION', message: 'Importen vil …' },
        { row: 1, column: 'Yrke', code: 'HEADER_HINT', message: 'Mente du «Yrkeskode»?' },
      ],
      deactivation: { count: 22, activeInScope: 25, confirmationRequired: true },
      undoableUntil: '2026-12-24T09:15:00.000Z',
    });
    expect(needsDeactivationConfirmation(report!)).toBe(true);
    expect(needsDeactivationConfirmation({ ...report!, ok: false })).toBe(false);
    expect(
      needsDeactivationConfirmation(parseImportReport({ counts: {}, deactivation: {} })!),
    ).toBe(false);
  });

  it('counts at least the errors it lists', () => {
    const report = parseImportReport({
      counts: { errors: 0 },
      errors: [{ row: null, column: null, code: 'EMPTY_FILE', message: 'Filen er tom' }],
    });
    expect(report?.counts.errors).toBe(1);
    expect(report?.ok).toBe(false);
  });

  it.each([null, 'text', [], { message: 'Not Found' }])('is null for %p', (body) => {
    expect(parseImportReport(body)).toBeNull();
  });
});
