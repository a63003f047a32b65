// Small checks shared by the row validators, each giving a Norwegian message that names the
// column and repeats the value as written, so the person fixing the file can find it.

import type { IsoDate } from '../iso-date';
import { formatNorwegianDate } from '../norwegian-format';
import { cellText, readDate, type CellValue, type RawRow } from './cell-value';
import type { ColumnMap, FieldSpec } from './header-mapping';
import type { ImportIssue } from './import-report';
import { shorten } from './normalise-text';

export interface RowReader<F extends string> {
  /** The cell of a field, or undefined when the file has no such column. */
  cell(field: F): CellValue | undefined;
  /** The field's column is in the file. */
  has(field: F): boolean;
  text(field: F): string;
  issue(field: F, code: string, message: string): void;
  readonly issues: ImportIssue[];
  label(field: F): string;
}

export function rowReader<F extends string>(
  row: RawRow,
  map: ColumnMap<F>,
  fields: readonly FieldSpec<F>[],
): RowReader<F> {
  const issues: ImportIssue[] = [];
  const labels = new Map(fields.map((spec) => [spec.field, spec.label]));
  const columnOf = (field: F) => map.index[field];
  return {
    issues,
    has: (field) => columnOf(field) !== undefined,
    cell: (field) => {
      const column = columnOf(field);
      return column === undefined ? undefined : (row.cells[column] ?? null);
    },
    text(field) {
      return cellText(this.cell(field));
    },
    label: (field) => labels.get(field) ?? field,
    issue: (field, code, message) => {
      const column = columnOf(field);
      issues.push({
        row: row.rowNumber,
        column: column === undefined ? null : map.headers[column],
        code,
        message,
      });
    },
  };
}

/** Required text with a length limit; null (and an issue) when missing or too long. */
export function requiredText<F extends string>(
  reader: RowReader<F>,
  field: F,
  maxLength: number,
): string | null {
  const text = reader.text(field);
  if (text === '') {
    reader.issue(field, 'REQUIRED', `${reader.label(field)} må fylles ut.`);
    return null;
  }
  return limitLength(reader, field, text, maxLength);
}

export function limitLength<F extends string>(
  reader: RowReader<F>,
  field: F,
  text: string,
  maxLength: number,
): string | null {
  if (text.length > maxLength) {
    reader.issue(
      field,
      'TOO_LONG',
      `${reader.label(field)} er for lang (høyst ${maxLength} tegn, fant ${text.length}).`,
    );
    return null;
  }
  return text;
}

/** A date cell: undefined when absent or blank, null (and an issue) when unreadable. */
export function optionalDate<F extends string>(
  reader: RowReader<F>,
  field: F,
  range: { from: IsoDate; to: IsoDate },
): IsoDate | null | undefined {
  const value = reader.cell(field);
  if (value === undefined || cellText(value) === '') return undefined;
  const date = readDate(value);
  if (date === null) {
    reader.issue(
      field,
      'INVALID_DATE',
      `${reader.label(field)} «${shorten(cellText(value))}» er ikke en gyldig dato. Bruk dd.mm.åååå, for eksempel 01.08.2024.`,
    );
    return null;
  }
  if (date < range.from || date > range.to) {
    reader.issue(
      field,
      'DATE_OUT_OF_RANGE',
      `${reader.label(field)} ${formatNorwegianDate(date)} er ikke sannsynlig (må være mellom ${formatNorwegianDate(range.from)} og ${formatNorwegianDate(range.to)}).`,
    );
    return null;
  }
  return date;
}
