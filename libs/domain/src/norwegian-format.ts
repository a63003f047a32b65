// Reading numbers and dates the way Norwegian HR systems and spreadsheets write them, and
// writing them the way a Norwegian reader expects. Written by hand rather than with Intl:
// a Node or browser build without full ICU data silently falls back to English formats, and
// an import must not read '1.234' differently on two machines.
//
// The formatting matches Intl.NumberFormat('nb-NO') where that has the data: decimal comma,
// U+00A0 NO-BREAK SPACE between thousands and before '%', U+2212 MINUS SIGN, and rounding half
// away from zero on the number as written (1.005 → '1,01'), except that a value which rounds
// to zero is written without a minus sign ('0,0', not '−0,0').

import { isIsoDate, isoDateFromParts, isValidCalendarDate, type IsoDate } from './iso-date';

export const NO_BREAK_SPACE = '\u00A0';
export const MINUS_SIGN = '\u2212';

// Spaces allowed between thousand groups: ordinary, no-break and narrow no-break space.
const GROUP_SPACE = '[ \\u00A0\\u202F]';
const DECIMAL_PATTERN = new RegExp(
  `^([+-]?)(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)?(?:[.,](\\d+))?$`,
);

/**
 * Reads a decimal number as HR exports write it: '80', '80,5', '80.5', ' 80 % ', '1 234,5',
 * '−5'. Returns null for anything else (empty text, letters, two separators as in '1.234,5',
 * misplaced spaces as in '12 34'), so a bad cell is reported instead of read as a wrong number.
 * A trailing '%' is dropped, not divided by 100: '80 %' is stillingsprosent 80.
 */
export function parseNorwegianDecimal(input: string | null | undefined): number | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text.endsWith('%')) text = text.slice(0, -1).trim();
  if (text.startsWith(MINUS_SIGN)) text = `-${text.slice(1)}`;
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return null;
  const [, sign, integer, fraction] = match;
  if (integer === undefined && fraction === undefined) return null;
  const digits = (integer ?? '0').replace(/\D/g, '');
  return Number(`${sign}${digits}.${fraction ?? '0'}`);
}

/**
 * Reads 'dd.mm.yyyy' (also 'd.m.yyyy') or 'yyyy-mm-dd' into an ISO date. Returns null for a
 * day that does not exist (31.02.2024) and for two-digit years, which cannot tell 1924 from
 * 2024 — wrong for a birth year, so not guessed.
 */
export function parseNorwegianDate(input: string | null | undefined): IsoDate | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? isoDateFromParts(year, month, day) : null;
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY'. Throws for anything that is not an ISO date. */
export function formatNorwegianDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * The decimal digits of |value| as JavaScript writes it (the shortest text that reads back as
 * the same number), with the decimal point moved `shift` places right. Working on this text
 * rather than on value × 100 keeps 0.145 → 14.5 exact.
 */
function decimalDigits(value: number, shift: number): { integer: string; fraction: string } {
  const [mantissa = '0', exponent] = Math.abs(value).toString().split('e');
  const [whole = '0', part = ''] = mantissa.split('.');
  const digits = whole + part;
  const point = whole.length + Number(exponent ?? 0) + shift;
  if (point <= 0) return { integer: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length)
    return { integer: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}

/** Adds one to a string of decimal digits ('199' → '200', '99' → '100'). */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

function formatDecimal(value: number, decimals: number, shift: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError('decimals must be a whole number from 0 to 20');
  }
  const { integer, fraction } = decimalDigits(value, shift);
  let kept = integer + fraction.slice(0, decimals).padEnd(decimals, '0');
  // Half away from zero: look at the first dropped digit of the absolute value.
  if ((fraction[decimals] ?? '0') >= '5') kept = incrementDigits(kept);

  const intPart = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = kept.slice(kept.length - decimals);
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
  const isZero = /^0*$/.test(kept);
  const sign = value < 0 && !isZero ? MINUS_SIGN : '';
  return decimals > 0 ? `${sign}${grouped},${fracPart}` : `${sign}${grouped}`;
}

/** 1234.5 → '1 234,5' (with decimals 1; no-break space between thousands). */
export function formatNorwegianNumber(value: number, decimals = 0): string {
  return formatDecimal(value, decimals, 0);
}

/** A ratio as a percentage: 0.771 → '77,1 %' (no-break space before '%'). */
export function formatPercent(ratio: number, decimals = 1): string {
  return `${formatDecimal(ratio, decimals, 2)}${NO_BREAK_SPACE}%`;
}
