import { neutraliseSpreadsheetCell } from '@kp/domain';
import type { ExportCell, ExportTable } from './export-table';

/**
 * CSV the way Excel in Norway opens it: UTF-8 with a byte-order mark (without one Excel reads
 * the file as Windows-1252 and garbles æøå), ';' between fields (',' is the decimal
 * separator), CRLF line ends, numbers with a decimal comma and no grouping so they stay
 * numbers. Every text cell is neutralised against formula injection and quoted.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

function writeNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Four decimals is more than any figure here carries; it drops binary noise (0.1 + 0.2).
  return String(Math.round(value * 10_000) / 10_000).replace('.', ',');
}

function writeText(value: string): string {
  return `"${neutraliseSpreadsheetCell(value).replace(/"/g, '""')}"`;
}

export function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? writeNumber(cell) : writeText(cell);
}

export function buildCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map(
    (row) => `${row.map(csvCell).join(CSV_DELIMITER)}\r\n`,
  );
  return `${CSV_BOM}${lines.join('')}`;
}
