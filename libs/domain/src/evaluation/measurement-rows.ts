// Entered measurements from a file (CSV or XLSX), with the HR import's Norwegian quirks: the
// readers (apps/api/src/imports/parsing) deal with semicolons, encodings and `sep=` lines; the
// cells are read here with the HR import's cell readers (decimal commas, dd.mm.åååå, Excel
// date numbers), and the header row is mapped with its aliases. Every row is checked before
// anything is written; one bad row refuses the file.
import type { IsoDate } from '../iso-date';
import { cellText, readDate, readDecimal, type RawRow } from '../hr-import/cell-value';
import { mapHeaders, type FieldSpec } from '../hr-import/header-mapping';
import type { ImportIssue } from '../hr-import/import-report';
import { measurementProblems, periodEnd } from './indicators';

export type MeasurementField = 'measuredOn' | 'value' | 'place';

export const MEASUREMENT_FIELDS: readonly FieldSpec<MeasurementField>[] = [
  {
    field: 'measuredOn',
    label: 'Dato',
    aliases: ['Dato', 'Måledato', 'Målt', 'Periode', 'Måned', 'Tidspunkt', 'Date'],
    required: true,
    description: 'Dagen målingen gjelder (dd.mm.åååå), eller måneden (åååå-mm eller mm.åååå).',
    example: '31.08.2026',
  },
  {
    field: 'value',
    label: 'Verdi',
    aliases: ['Verdi', 'Resultat', 'Score', 'Snitt', 'Prosent', 'Andel', 'Antall', 'Value'],
    required: true,
    description: 'Tallet, med desimalkomma.',
    example: '4,3',
  },
  {
    field: 'place',
    label: 'Sted',
    aliases: ['Sted', 'Enhet', 'Kommune', 'Avdeling', 'Virksomhet', 'Tjeneste'],
    required: false,
    description:
      'Kommunen eller enheten (navnet). Uten kolonnen gjelder alle radene stedet du valgte.',
    example: 'Gjøvik',
  },
];

export interface MeasurementFileRow {
  rowNumber: number;
  measuredOn: IsoDate;
  value: number;
  /** The place as written, or null without a place column. */
  place: string | null;
}

const MONTH_FIRST = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_LAST = /^(0?[1-9]|1[0-2])[./-](\d{4})$/;

/**
 * A month written on its own (2026-08, 08.2026) is dated its last day, the day a monthly
 * figure describes (it is refused like any other date if that day is after today).
 */
function readMeasuredOn(cell: RawRow['cells'][number]): IsoDate | null {
  const text = cellText(cell);
  const first = MONTH_FIRST.exec(text);
  if (first) return periodEnd(`${first[1]}-${first[2]}`);
  const last = MONTH_LAST.exec(text);
  if (last) return periodEnd(`${last[2]}-${last[1].padStart(2, '0')}`);
  return readDate(cell);
}

function issue(row: number, column: string, code: string, message: string): ImportIssue {
  return { row, column, code, message: `Rad ${row}, kolonne «${column}»: ${message}` };
}

/**
 * Reads every row after the header. Blank rows are skipped. Problems name the row and column;
 * any problem means nothing from the file is written.
 */
export function readMeasurementRows(
  raw: readonly RawRow[],
  indicator: { decimals: number },
  today: IsoDate,
): { rows: MeasurementFileRow[]; issues: ImportIssue[] } {
  const [header, ...body] = raw;
  if (!header) {
    return {
      rows: [],
      issues: [{ row: null, column: null, code: 'EMPTY_FILE', message: 'Filen er tom.' }],
    };
  }
  const mapped = mapHeaders(header.cells, MEASUREMENT_FIELDS);
  if ('issues' in mapped) return { rows: [], issues: mapped.issues };
  const { index, headers } = mapped.map;
  const rows: MeasurementFileRow[] = [];
  const issues: ImportIssue[] = [];
  for (const row of body) {
    if (row.cells.every((cell) => cellText(cell) === '')) continue;
    const dateColumn = headers[index.measuredOn ?? 0];
    const valueColumn = headers[index.value ?? 0];
    const dateCell = row.cells[index.measuredOn ?? -1];
    const valueCell = row.cells[index.value ?? -1];
    const measuredOn = readMeasuredOn(dateCell);
    const value = readDecimal(valueCell);
    if (measuredOn === null) {
      issues.push(
        issue(
          row.rowNumber,
          dateColumn,
          'INVALID_DATE',
          `«${cellText(dateCell)}» er ikke en dato (dd.mm.åååå) eller en måned (åååå-mm).`,
        ),
      );
    }
    if (value === null) {
      issues.push(
        issue(
          row.rowNumber,
          valueColumn,
          'INVALID_NUMBER',
          `«${cellText(valueCell)}» er ikke et tall (bruk desimalkomma, for eksempel 4,3).`,
        ),
      );
    }
    if (measuredOn === null || value === null) continue;
    const problems = measurementProblems({ value, measuredOn }, indicator, today);
    for (const problem of problems) {
      issues.push(
        issue(
          row.rowNumber,
          problem.field === 'value' ? valueColumn : dateColumn,
          problem.code,
          problem.message,
        ),
      );
    }
    const place = index.place === undefined ? null : cellText(row.cells[index.place]);
    if (problems.length === 0) rows.push({ rowNumber: row.rowNumber, measuredOn, value, place });
  }
  if (issues.length === 0 && rows.length === 0) {
    issues.push({
      row: null,
      column: null,
      code: 'NO_ROWS',
      message: 'Filen har ingen rader med målinger under overskriftsraden.',
    });
  }
  return { rows, issues };
}
