import { DETAIL_LIMIT, emptyRows, type ImportReport } from './import-report';
import { renderReport } from './report-text';

const REPORT: ImportReport = {
  kind: 'employees',
  runId: 'run',
  municipality: { number: '3447', name: 'Søndre Land' },
  unit: { id: 'u', name: 'Hov sykehjem' },
  dryRun: true,
  applied: false,
  ok: false,
  file: {
    name: 'ansatte.csv',
    format: 'csv',
    encoding: 'windows-1252',
    delimiter: ';',
    dataRows: 3,
    columns: [],
    ignoredColumns: ['Merknad'],
  },
  counts: { created: 1, updated: 1, unchanged: 0, deactivated: 1, errors: 1 },
  rows: {
    ...emptyRows(),
    created: [{ row: 2, employeeNumber: 'S-1', name: 'Kari Nordmann' }],
    updated: [
      {
        row: 3,
        employeeNumber: 'S-2',
        name: 'Ola Nordmann',
        changes: [{ field: 'fte', label: 'Stillingsprosent', from: '80', to: '100' }],
      },
    ],
    deactivated: [{ row: null, employeeNumber: 'S-9', name: 'Per Hansen' }],
  },
  errors: [
    {
      row: 4,
      column: 'Stillingsprosent',
      code: 'FTE_OUT_OF_RANGE',
      message: 'Stillingsprosent må være mellom 0 og 100 (fant 120).',
    },
  ],
  warnings: [],
  undoableUntil: null,
  detailLimit: DETAIL_LIMIT,
};

describe('renderReport', () => {
  it('writes a summary with the rows that change, and the errors apart', () => {
    const { summary, errors } = renderReport(REPORT);
    expect(summary).toBe(
      [
        'Prøvekjøring av import av ansatte til Søndre Land (3447), avgrenset til «Hov sykehjem» – ingenting er lagret.',
        'Fil: ansatte.csv (CSV, Windows-1252, skilletegn «;»), 3 rader.',
        'Kolonner som ikke brukes: «Merknad».',
        '',
        '  Nye:                1',
        '  Endres:             1',
        '  Uendret:            0',
        '  Deaktiveres:        1',
        '  Feil:               1',
        '',
        'Nye:',
        '  rad 2: S-1 Kari Nordmann',
        '',
        'Endres:',
        '  rad 3: S-2 Ola Nordmann (Stillingsprosent: 80 → 100)',
        '',
        'Deaktiveres:',
        '  S-9 Per Hansen',
        '',
      ].join('\n'),
    );
    expect(errors).toBe(
      [
        'Feil i filen (1):',
        '  rad 4, kolonne «Stillingsprosent»: Stillingsprosent må være mellom 0 og 100 (fant 120).',
        'Ingenting er lagret. Rett feilene og kjør importen på nytt.',
        '',
      ].join('\n'),
    );
  });

  it('says when a real run was saved, and that the list is cut', () => {
    const { summary, errors } = renderReport({
      ...REPORT,
      dryRun: false,
      applied: true,
      ok: true,
      errors: [],
      counts: { ...REPORT.counts, created: 1500, errors: 0 },
    });
    expect(summary).toMatch(/^Fullført import av ansatte til Søndre Land \(3447\)/);
    expect(summary).toContain('  … og 1499 til (de første 1 er vist).');
    expect(errors).toBe('');
  });
});
