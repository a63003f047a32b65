// Opens an import file and streams its rows, whatever the format: CSV in UTF-8 (with or
// without BOM) or Windows-1252 with ';', ',' or tab, or the first worksheet of an XLSX
// workbook. Nothing here holds more than a chunk of the file and one row at a time.

import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { CellValue, ImportIssue, RawRow } from '@kp/domain';
import { detectDelimiter, firstLine, sepDirective, type Delimiter } from './parsing/csv-dialect';
import {
  emptyFile,
  fileTooLarge,
  MAX_IMPORT_BYTES,
  sniffFormat,
  type FileFormat,
} from './parsing/file-format';
import { EncodingSniffer, type EncodingVerdict } from './parsing/text-encoding';

export interface ImportSource {
  path: string;
  /** The name the user gave the file, for messages and format hints. */
  fileName: string | null;
  contentType: string | null;
}

export interface OpenedFile {
  format: FileFormat;
  /** 'utf-8', 'utf-8-bom' or 'windows-1252' (CSV only). */
  encoding: string | null;
  delimiter: Delimiter | null;
  rows(): AsyncGenerator<RawRow>;
}

/** A problem found while reading rows: the file as a whole cannot be read on. */
export class ImportFileError extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

/** Characters one CSV record may hold: an unclosed quote must not swallow the whole file. */
const MAX_CSV_RECORD_CHARS = 1_000_000;
const HEAD_BYTES = 64 * 1024;

function unreadable(message: string, row: number | null = null): ImportIssue {
  return { row, column: null, code: 'UNREADABLE_FILE', message };
}

export async function openImportFile(
  source: ImportSource,
): Promise<{ file: OpenedFile } | { issue: ImportIssue }> {
  const { size } = await stat(source.path);
  if (size > MAX_IMPORT_BYTES) return { issue: fileTooLarge(size) };
  if (size === 0) return { issue: emptyFile() };

  const handle = await open(source.path, 'r');
  const head = Buffer.alloc(Math.min(size, 16));
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const sniffed = sniffFormat(head, source);
  if ('issue' in sniffed) return sniffed;
  if (sniffed.format === 'xlsx') {
    return {
      file: { format: 'xlsx', encoding: null, delimiter: null, rows: () => xlsxRows(source.path) },
    };
  }
  return openCsv(source.path);
}

async function openCsv(path: string): Promise<{ file: OpenedFile } | { issue: ImportIssue }> {
  // Pass 1 reads the whole file to decide its encoding (see text-encoding.ts) and keeps the
  // start, where the header line is.
  const sniffer = new EncodingSniffer();
  const headChunks: Buffer[] = [];
  let headLength = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    sniffer.push(chunk);
    if (headLength < HEAD_BYTES) {
      headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
      headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
    }
  }
  const verdict = sniffer.finish();
  if ('problem' in verdict) return { issue: encodingIssue(verdict.problem) };

  const headText = decode(Buffer.concat(headChunks), verdict).replace(/^\uFEFF/, '');
  if (headText.trim() === '') return { issue: emptyFile() };
  const line = firstLine(headText);
  const directive = sepDirective(line);
  const delimiter = directive ?? detectDelimiter(line);
  return {
    file: {
      format: 'csv',
      encoding: verdict.encoding === 'utf-8' && verdict.bom ? 'utf-8-bom' : verdict.encoding,
      delimiter,
      rows: () => csvRows(path, verdict, delimiter, directive !== null),
    },
  };
}

function encodingIssue(problem: 'UTF16' | 'BINARY' | 'INVALID_UTF8_AFTER_BOM'): ImportIssue {
  switch (problem) {
    case 'UTF16':
      return {
        row: null,
        column: null,
        code: 'UNSUPPORTED_ENCODING',
        message:
          'Filen er lagret som UTF-16 («Unicode-tekst»), som ikke kan importeres. Lagre den som «CSV UTF-8» eller «CSV (semikolonseparert)» og prøv igjen.',
      };
    case 'INVALID_UTF8_AFTER_BOM':
      return {
        row: null,
        column: null,
        code: 'UNSUPPORTED_ENCODING',
        message:
          'Filen er merket som UTF-8, men inneholder tegn som ikke er gyldig UTF-8. Lagre den på nytt som «CSV UTF-8» og prøv igjen.',
      };
    default:
      return unreadable(
        'Filen ser ikke ut til å være en CSV-fil eller en Excel-arbeidsbok (.xlsx). Eksporter ansattlisten fra HR-systemet som CSV eller .xlsx.',
      );
  }
}

function decode(bytes: Buffer, verdict: EncodingVerdict): string {
  return verdict.encoding === 'utf-8'
    ? new TextDecoder('utf-8').decode(bytes)
    : iconv.decode(bytes, 'windows-1252');
}

async function* csvRows(
  path: string,
  verdict: EncodingVerdict,
  delimiter: Delimiter,
  skipSepLine: boolean,
): AsyncGenerator<RawRow> {
  const input = createReadStream(path);
  const text: NodeJS.ReadableStream =
    verdict.encoding === 'utf-8'
      ? input.setEncoding('utf8')
      : input.pipe(iconv.decodeStream('windows-1252'));
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_CSV_RECORD_CHARS,
  });
  text.on('error', (error: Error) => parser.destroy(error));
  text.pipe(parser);
  let records = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      records += 1;
      if (skipSepLine && records === 1) continue;
      yield { rowNumber: skipSepLine ? records - 1 : records, cells: fields };
    }
  } catch (error) {
    throw new ImportFileError(csvIssue(error, records + (skipSepLine ? 0 : 1)));
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function csvIssue(error: unknown, row: number): ImportIssue {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'CSV_MAX_RECORD_SIZE' || code === 'CSV_QUOTE_NOT_CLOSED') {
    return unreadable(
      'Et felt som starter med anførselstegn («"») avsluttes aldri, så resten av filen kan ikke leses. Rett raden og prøv igjen.',
      row,
    );
  }
  return unreadable(
    'Filen kan ikke leses som CSV herfra. Kontroller anførselstegn og skilletegn.',
    row,
  );
}

// ---------------------------------------------------------------------------------------
// XLSX

type ExcelCellValue = ExcelJS.CellValue;

async function* xlsxRows(path: string): AsyncGenerator<RawRow> {
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // to see date and percent formats
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        // later worksheets are read through but ignored, so the reader cleans up after itself
        if (first) yield toRawRow(row);
      }
      first = false;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      unreadable(
        'Excel-filen kan ikke leses. Åpne den i Excel, lagre den på nytt som Excel-arbeidsbok (.xlsx) og prøv igjen.',
      ),
    );
  } finally {
    input.destroy();
  }
}

function toRawRow(row: ExcelJS.Row): RawRow {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = toCellValue(cell.value, cell.numFmt);
  });
  for (let i = 0; i < cells.length; i += 1) cells[i] ??= null;
  return { rowNumber: row.number, cells };
}

function toCellValue(value: ExcelCellValue, numFmt: string | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // a cell formatted as percent holds 0.8 for "80 %"
    return numFmt?.includes('%') ? Math.round(value * 1_000_000) / 10_000 : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return toCellValue(value.result, numFmt);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return null;
}
