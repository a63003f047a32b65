/** A cell of an export: text, a number (written as a number), or empty. */
export type ExportCell = string | number | null;

/** What one view shows, as a table for CSV and XLSX. */
export interface ExportTable {
  /** The sheet's name in the XLSX file. */
  name: string;
  headers: readonly string[];
  rows: ReadonlyArray<readonly ExportCell[]>;
}

/** A figure's cell: the number, or the word for "hidden" (never 0: a hidden figure is not zero). */
export function figureCell(
  figure: { value: number | null; suppressed: boolean } | null | undefined,
  hiddenText: string,
  transform: (value: number) => number = (value) => value,
): ExportCell {
  if (!figure) return null;
  if (figure.suppressed) return hiddenText;
  return figure.value === null ? null : transform(figure.value);
}

/** A share (0.771) as a percentage with one decimal (77.1), the way the screen shows it. */
export function percentNumber(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** A column of a table on screen and in its export, defined once so both show the same. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportCell;
}

export function exportTable<Row>(
  name: string,
  columns: ReadonlyArray<ExportColumn<Row>>,
  rows: readonly Row[],
): ExportTable {
  return {
    name,
    headers: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

const FOLDED: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** A file name from readable parts: `kompetansegap-gjovik-2026-11-25.csv`. */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'xlsx'): string {
  const slug = parts
    .join(' ')
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => FOLDED[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'eksport'}.${extension}`;
}
