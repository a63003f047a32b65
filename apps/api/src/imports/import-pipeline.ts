// The part every import shares: read the header, map the columns, validate row by row and
// hand the rows to the caller in batches for staging. Holds one batch at a time.

import { isBlank, type RawRow } from './parsing/cell-value';
import {
  mapHeaders,
  type ColumnMap,
  type ExplicitMapping,
  type FieldSpec,
} from './parsing/header-mapping';
import type { FileDescription, ImportIssue, IssueList } from './parsing/import-report';
import { looksLikeNationalId } from './parsing/national-id';
import type { RowResult } from './parsing/employee-row';
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

export type ReadOutcome<F extends string> =
  { ok: true; map: ColumnMap<F>; dataRows: number } | { ok: false; dataRows: number };

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
  // a column holding identity numbers is reported once, at its first row
  const flaggedColumns = new Set<number>();

  try {
    for await (const row of file.rows()) {
      if (isBlankRow(row)) continue;
      if (!map || !validate) {
        const mapped = mapHeaders(row.cells, handling.fields, handling.mapping);
        if ('issues' in mapped) {
          issues.addAll(mapped.issues.map((issue) => ({ ...issue, row: row.rowNumber })));
          return { ok: false, dataRows };
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
      const result = validate(row);
      issues.addAll(result.issues);
      if (result.key !== null) {
        batch.push({ rowNumber: row.rowNumber, key: result.key, record: result.record });
      }
      if (batch.length >= STAGE_BATCH_SIZE) {
        await handling.stage(batch);
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) {
      issues.add(error.issue);
      return { ok: false, dataRows };
    }
    throw error;
  } finally {
    description.dataRows = dataRows;
  }
  if (!map) {
    issues.add({ row: null, column: null, code: 'EMPTY_FILE', message: 'Filen er tom.' });
    return { ok: false, dataRows };
  }
  if (dataRows === 0) {
    issues.add({
      row: null,
      column: null,
      code: 'NO_ROWS',
      message: 'Filen har overskrifter, men ingen rader under dem.',
    });
    return { ok: false, dataRows };
  }
  await handling.stage(batch);
  return { ok: true, map, dataRows };
}

function nationalIdIssue(row: number, column: string | null): ImportIssue {
  return {
    row,
    column,
    code: 'NATIONAL_ID_VALUE',
    message: `Kolonnen${column ? ` «${column}»` : ''} ser ut til å inneholde fødselsnummer (11 siffer). Kompetanseplan lagrer aldri fødselsnummer – fjern kolonnen fra filen og prøv igjen.`,
  };
}
