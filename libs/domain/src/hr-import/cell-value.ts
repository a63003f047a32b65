// One cell of an import file as the readers deliver it: text from CSV; text, numbers,
// booleans or dates from XLSX. The readers below turn a cell into what a field needs and
// return null for "cannot read this", so the row validators can say why.

import { isoDateFromParts, isValidCalendarDate, type IsoDate } from '../iso-date';
import { parseNorwegianDate, parseNorwegianDecimal } from '../norwegian-format';
import { tidyText } from './normalise-text';

export type CellValue = string | number | boolean | Date | null;

export interface RawRow {
  /** The row as a spreadsheet shows it (header = 1). */
  rowNumber: number;
  cells: CellValue[];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A cell as the user would read it, trimmed; '' for an empty cell. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return tidyText(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (value instanceof Date) {
    return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  // integers without exponent or grouping; decimals with a decimal comma as the user wrote them
  return Number.isInteger(value) ? value.toFixed(0) : String(value).replace('.', ',');
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}

export function readDecimal(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  return parseNorwegianDecimal(value);
}

export function readInteger(value: CellValue | undefined): number | null {
  const number = readDecimal(value);
  return number !== null && Number.isInteger(number) ? number : null;
}

// Excel stores dates as days since 30.12.1899 (its 1900 leap-year bug folded in). A date
// column without a date format arrives as such a number.
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const FIRST_PLAUSIBLE_SERIAL = 61; // 1.3.1900, after Excel's phantom 29.2.1900
const LAST_PLAUSIBLE_SERIAL = 2_958_465; // 31.12.9999

function fromDate(date: Date): IsoDate | null {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return isValidCalendarDate(year, month, day) ? isoDateFromParts(year, month, day) : null;
}

export function readDate(value: CellValue | undefined): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromDate(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null;
    if (value < FIRST_PLAUSIBLE_SERIAL || value > LAST_PLAUSIBLE_SERIAL) return null;
    return fromDate(new Date(EXCEL_EPOCH_UTC + value * 86_400_000));
  }
  if (typeof value !== 'string') return null;
  return parseNorwegianDate(value);
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'sann', '1', 'x', 'aktiv']);
const FALSE_WORDS = new Set([
  'nei',
  'n',
  'no',
  'false',
  'usann',
  '0',
  'inaktiv',
  'sluttet',
  'avsluttet',
]);

export function readBoolean(value: CellValue | undefined): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return null;
}
