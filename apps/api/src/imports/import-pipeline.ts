// The part every import shares: read the header, map the columns, validate row by row and
// hand the rows to the caller in batches for staging. Holds one batch at a time.

import {
  type ColumnMap,
  type ExplicitMapping,
  type FieldSpec,
  type FileDescription,
  type ImportIssue,
  isBlank,
  type IssueList,
  looksLikeNationalId,
  mapHeaders,
  type RawRow,
  type RowResult,
  shorten,
} from '@kp/domain';
import { ImportFileError, type OpenedFile } from './import-file.reader';

/** Rows per staging statement. */
export const STAGE_BATCH_SIZE = 1000;

export interface StagedRow<R> {
  rowNumber: number;
  key: string;
  record: R | null;
}

export interface RowHandling<F extends string, R> {
  fields: readonly FieldSpec<F>[];
  mapping: ExplicitMapping;
  /** Called once the header is known, to build the row validator. */
  validator(map: ColumnMap<F>): (row: RawRow) => RowResult<R>;
  stage(rows: StagedRow<R>[]): Promise<void>;
}

export type ReadOutcome<F extends string> = (
  { ok: true; map: ColumnMap<F>; dataRows: number } | { ok: false; dataRows: number }
) & {
  /** Headers the import does not read that most likely mean a column it needs. */
  hints: ImportIssue[];
};

function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => isBlank(cell));
}

/**
 * Reads every row of the file. Row problems go to `issues` and reading goes on, so the user
 * gets all of them at once; a problem with the file itself (header, format) ends the reading.
 */
export async function readRows<F extends string, R>(
  file: OpenedFile,
  handling: RowHandling<F, R>,
  issues: IssueList,
  description: FileDescription,
): Promise<ReadOutcome<F>> {
  let map: ColumnMap<F> | null = null;
  let validate: ((row: RawRow) => RowResult<R>) | null = null;
  let dataRows = 0;
  let batch: StagedRow<R>[] = [];
  let hints: ImportIssue[] = [];
  // a column holding identity numbers is reported once, at its first row
  const flaggedColumns = new Set<number>();

  try {
    for await (const row of file.rows()) {
      if (isBlankRow(row)) continue;
      if (!map || !validate) {
        const unreadable = controlCharacterIssues(row, () => null);
        if (unreadable.length > 0) {
          issues.addAll(unreadable);
          return { ok: false, dataRows, hints };
        }
        const mapped = mapHeaders(row.cells, handling.fields, handling.mapping);
        hints = mapped.hints.map((hint) => ({ ...hint, row: row.rowNumber }));
        if ('issues' in mapped) {
          issues.addAll(mapped.issues.map((issue) => ({ ...issue, row: row.rowNumber })));
          return { ok: false, dataRows, hints };
        }
        map = mapped.map;
        validate = handling.validator(map);
        description.columns = map.uses;
        description.ignoredColumns = map.ignored;
        continue;
      }
      dataRows += 1;
      row.cells.forEach((cell, column) => {
        if (!flaggedColumns.has(column) && looksLikeNationalId(cell)) {
          flaggedColumns.add(column);
          issues.add(nationalIdIssue(row.rowNumber, map!.headers[column] ?? null));
        }
      });
      const controls = controlCharacterIssues(row, (column) => map!.headers[column] || null);
      const result = validate(row);
      issues.addAll(controls);
      issues.addAll(result.issues);
      // a row with a control character is not saved; its number is kept (for duplicates and
      // deactivation) only if the number itself is clean
      const key = result.key !== null && !CONTROL_CHARACTER.test(result.key) ? result.key : null;
      if (key !== null) {
        batch.push({
          rowNumber: row.rowNumber,
          key,
          record: controls.length > 0 ? null : result.record,
        });
      }
      if (batch.length >= STAGE_BATCH_SIZE) {
        await handling.stage(batch);
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) {
      issues.add(error.issue);
      return { ok: false, dataRows, hints };
    }
    throw error;
  } finally {
    description.dataRows = dataRows;
  }
  if (!map) {
    issues.add({ row: null, column: null, code: 'EMPTY_FILE', message: 'Filen er tom.' });
    return { ok: false, dataRows, hints };
  }
  if (dataRows === 0) {
    issues.add({
      row: null,
      column: null,
      code: 'NO_ROWS',
      message: 'Filen har overskrifter, men ingen rader under dem.',
    });
    return { ok: false, dataRows, hints };
  }
  await handling.stage(batch);
  return { ok: true, map, dataRows, hints };
}

/**
 * Control characters (NUL, bell, escape …) cannot be stored and never belong in an HR export;
 * tabs and line breaks inside a quoted cell are ordinary white space and are allowed.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function codePoint(text: string): string {
  const found = CONTROL_CHARACTER.exec(text);
  const code = found ? found[0].charCodeAt(0) : 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function named(header: string | null, column: number): string {
  return header ? `kolonne «${shorten(header)}»` : `kolonne ${column + 1}`;
}

/** One issue per cell holding a control character, naming the row and the column. */
export function controlCharacterIssues(
  row: RawRow,
  columnName: (column: number) => string | null,
): ImportIssue[] {
  return row.cells.flatMap((cell, column) =>
    typeof cell === 'string' && CONTROL_CHARACTER.test(cell)
      ? [
          {
            row: row.rowNumber,
            column: columnName(column),
            code: 'CONTROL_CHARACTER',
            message: `Cellen i rad ${row.rowNumber}, ${named(columnName(column), column)}, inneholder et usynlig kontrolltegn (${codePoint(cell)}) som ikke kan lagres. Fjern tegnet i HR-systemet eller regnearket og prøv igjen.`,
          },
        ]
      : [],
  );
}

function nationalIdIssue(row: number, column: string | null): ImportIssue {
  return {
    row,
    column,
    code: 'NATIONAL_ID_VALUE',
    message: `Kolonnen${column ? ` «${column}»` : ''} ser ut til å inneholde fødselsnummer (11 siffer). Kompetanseplan lagrer aldri fødselsnummer – fjern kolonnen fra filen og prøv igjen.`,
  };
}
