import {
  EMPLOYEE_FIELDS,
  emptyFileDescription,
  IssueList,
  type RawRow,
  validateEmployeeRow,
} from '@kp/domain';
import { ImportFileError, type OpenedFile } from './import-file.reader';
import { readRows, STAGE_BATCH_SIZE, type StagedRow } from './import-pipeline';

const HEADER = ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent', 'Merknad'];

function file(rows: RawRow[], failAfter?: number): OpenedFile {
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    async *rows() {
      for (const [index, row] of rows.entries()) {
        if (failAfter !== undefined && index === failAfter) {
          throw new ImportFileError({
            row: row.rowNumber,
            column: null,
            code: 'UNREADABLE_FILE',
            message: 'x',
          });
        }
        yield row;
      }
    },
  };
}

function employee(rowNumber: number, number: string, extra: string[] = []): RawRow {
  return { rowNumber, cells: [number, 'Kari', 'Nordmann', 'Hov sykehjem', '80', ...extra] };
}

async function read(rows: RawRow[], failAfter?: number) {
  const staged: StagedRow<unknown>[][] = [];
  const issues = new IssueList();
  const description = emptyFileDescription('ansatte.csv');
  const outcome = await readRows(
    file(rows, failAfter),
    {
      fields: EMPLOYEE_FIELDS,
      mapping: {},
      validator: (map) => (row) =>
        validateEmployeeRow(row, {
          map,
          findUnit: (name) => (name === 'Hov sykehjem' ? { id: 'hov' } : { problem: 'UNKNOWN' }),
          today: '2026-03-01',
          municipalityName: 'Søndre Land',
          scopeUnitName: null,
        }),
      stage: async (batch) => {
        staged.push(batch);
      },
    },
    issues,
    description,
  );
  return { outcome, staged, issues, description };
}

describe('readRows', () => {
  it('finds the header after blank rows, and stages rows in batches', async () => {
    const rows = [
      { rowNumber: 1, cells: ['', ''] },
      { rowNumber: 2, cells: HEADER },
      ...Array.from({ length: STAGE_BATCH_SIZE + 5 }, (_, i) => employee(i + 3, `N-${i}`)),
    ];
    const { outcome, staged, issues, description } = await read(rows);
    expect(outcome).toMatchObject({ ok: true, dataRows: STAGE_BATCH_SIZE + 5 });
    expect(staged.map((batch) => batch.length)).toEqual([STAGE_BATCH_SIZE, 5]);
    expect(staged[0][0]).toMatchObject({ rowNumber: 3, key: 'N-0', record: { unitId: 'hov' } });
    expect(issues.count).toBe(0);
    expect(description).toMatchObject({
      dataRows: STAGE_BATCH_SIZE + 5,
      ignoredColumns: ['Merknad'],
    });
  });

  it('stages the key of an invalid row, without a record', async () => {
    const { staged, issues } = await read([
      { rowNumber: 1, cells: HEADER },
      { rowNumber: 2, cells: ['N-1', 'Kari', 'Nordmann', 'Månen', '80'] },
    ]);
    expect(staged.flat()).toEqual([{ rowNumber: 2, key: 'N-1', record: null }]);
    expect(issues.list()).toEqual([expect.objectContaining({ row: 2, code: 'UNKNOWN_UNIT' })]);
  });

  it('reports a column of identity numbers once, at its first row', async () => {
    const { issues } = await read([
      { rowNumber: 1, cells: HEADER },
      employee(2, 'N-1', ['31129912345']),
      employee(3, 'N-2', ['01019012345']),
    ]);
    expect(issues.list()).toEqual([
      expect.objectContaining({ row: 2, column: 'Merknad', code: 'NATIONAL_ID_VALUE' }),
    ]);
  });

  it('stops at a header problem, with the header row number', async () => {
    const { outcome, staged, issues } = await read([
      { rowNumber: 1, cells: [] },
      { rowNumber: 2, cells: ['Ansattnummer', 'Fornavn'] },
      employee(3, 'N-1'),
    ]);
    expect(outcome.ok).toBe(false);
    expect(staged).toEqual([]);
    expect(issues.list()).toEqual([expect.objectContaining({ row: 2, code: 'MISSING_COLUMNS' })]);
  });

  it.each<[string, RawRow[], string]>([
    ['no rows at all', [], 'EMPTY_FILE'],
    ['only blank rows', [{ rowNumber: 1, cells: [' ', null] }], 'EMPTY_FILE'],
    ['a header without rows', [{ rowNumber: 1, cells: HEADER }], 'NO_ROWS'],
  ])('refuses %s', async (_case, rows, code) => {
    const { outcome, issues } = await read(rows);
    expect(outcome.ok).toBe(false);
    expect(issues.list()).toEqual([expect.objectContaining({ code })]);
  });

  it('stops when the file cannot be read on', async () => {
    const { outcome, issues } = await read(
      [{ rowNumber: 1, cells: HEADER }, employee(2, 'N-1'), employee(3, 'N-2')],
      2,
    );
    expect(outcome).toEqual({ ok: false, dataRows: 1, hints: [] });
    expect(issues.list()).toEqual([expect.objectContaining({ row: 3, code: 'UNREADABLE_FILE' })]);
  });

  it('refuses a cell with a control character, naming its row and column, and saves nothing of the row', async () => {
    const { outcome, staged, issues } = await read([
      { rowNumber: 1, cells: HEADER },
      { rowNumber: 2, cells: ['N-1', 'Ka\u0000ri', 'Nordmann', 'Hov sykehjem', '80'] },
      { rowNumber: 3, cells: ['N-\u001B2', 'Ola', 'Nordmann', 'Hov sykehjem', '80'] },
      // tabs and line breaks inside a quoted cell are white space, not control characters
      { rowNumber: 4, cells: ['N-3', 'Per\tOla', 'Nord\r\nmann', 'Hov sykehjem', '80'] },
    ]);
    expect(outcome.ok).toBe(true);
    expect(issues.list()).toEqual([
      {
        row: 2,
        column: 'Fornavn',
        code: 'CONTROL_CHARACTER',
        message:
          'Cellen i rad 2, kolonne «Fornavn», inneholder et usynlig kontrolltegn (U+0000) som ikke kan lagres. Fjern tegnet i HR-systemet eller regnearket og prøv igjen.',
      },
      expect.objectContaining({ row: 3, column: 'Ansattnummer', code: 'CONTROL_CHARACTER' }),
    ]);
    // row 2 is staged by its (clean) number only; row 3's number itself is unusable
    expect(staged.flat().map((row) => [row.rowNumber, row.key, row.record === null])).toEqual([
      [2, 'N-1', true],
      [4, 'N-3', false],
    ]);
  });

  it('refuses a header with a control character before mapping it', async () => {
    const { outcome, issues } = await read([
      { rowNumber: 1, cells: ['Ansatt\u0000nummer', ...HEADER.slice(1)] },
      employee(2, 'N-1'),
    ]);
    expect(outcome.ok).toBe(false);
    expect(issues.list()).toEqual([
      expect.objectContaining({ row: 1, column: null, code: 'CONTROL_CHARACTER' }),
    ]);
    expect(issues.list()[0].message).toContain('rad 1, kolonne 1,');
  });

  it('hands back hints for headers it does not read, with the header row number', async () => {
    const { outcome } = await read([
      { rowNumber: 1, cells: [] },
      { rowNumber: 2, cells: [...HEADER, 'Yrke'] },
      employee(3, 'N-1'),
    ]);
    expect(outcome.hints).toEqual([
      expect.objectContaining({ row: 2, column: 'Yrke', code: 'HEADER_HINT' }),
    ]);
  });

  it('keeps a report small whatever the file: a huge header or cell is cut short in every issue', async () => {
    const huge = 'x'.repeat(200_000);
    const { issues, description } = await read([
      { rowNumber: 1, cells: [...HEADER, huge] },
      employee(2, 'N-1', ['', 'a\u0000b']),
      { rowNumber: 3, cells: ['N-2', 'Kari', 'Nordmann', 'Hov sykehjem', huge] },
    ]);
    const list = issues.list();
    expect(list.map((issue) => issue.code)).toEqual(['CONTROL_CHARACTER', 'INVALID_NUMBER']);
    for (const issue of list) {
      expect(issue.message.length).toBeLessThan(400);
      expect((issue.column ?? '').length).toBeLessThanOrEqual(120);
    }
    expect(description.ignoredColumns.map((header) => header.length)).toEqual([7, 120]);
  });
});
