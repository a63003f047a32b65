// CSV the way Excel in Norway opens it: UTF-8 with a byte-order mark (without one Excel reads
// the file as Windows-1252 and garbles æøå), ';' between fields (',' is the decimal
// separator), CRLF line ends, numbers with a decimal comma. Every text cell is neutralised
// against formula injection and quoted.

import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { neutraliseSpreadsheetCell } from '@kp/domain';

export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';

export type CsvCell = string | number | null;

function writeNumber(value: number): string {
  // plain decimal comma without grouping, so Excel reads it as a number
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function writeText(value: string): string {
  return `"${neutraliseSpreadsheetCell(value).replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells
    .map((cell) =>
      cell === null ? '' : typeof cell === 'number' ? writeNumber(cell) : writeText(cell),
    )
    .join(CSV_DELIMITER)}\r\n`;
}

/** Respects back-pressure, so a slow download does not pile up in memory. */
export function writeChunk(out: Writable, chunk: string): Promise<void> {
  return out.write(chunk)
    ? Promise.resolve()
    : new Promise((resolve) => out.once('drain', () => resolve()));
}

/**
 * Ends the download and waits until it is flushed. Not `out.end(callback)`: the compression
 * middleware's `end` takes its first argument as data, and a function there breaks the
 * connection mid-download.
 */
export async function endOutput(out: Writable): Promise<void> {
  out.end();
  await finished(out);
}
