/**
 * Norwegian number formatting without the runtime's Intl locale data, so the
 * result is the same in every browser and in Node: a no-break space groups
 * thousands, a comma separates decimals, and negative numbers get a real
 * minus sign (U+2212), as in `−1 234,5`.
 */
export const NO_BREAK_SPACE = '\u00a0';
export const MINUS_SIGN = '\u2212';
/** Shown where a number is missing or not finite. */
export const MISSING_VALUE = '–';

export interface NumberFormatOptions {
  /** Digits after the decimal comma, always shown (default 0). */
  decimals?: number;
}

export function formatNumber(
  value: number | null | undefined,
  options: NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer from 0 to 10, got ${decimals}`);
  }
  const digits = roundToDigits(Math.abs(value), decimals);
  const integerDigits = digits.slice(0, digits.length - decimals) || '0';
  const fractionDigits = digits.slice(digits.length - decimals);
  const isZero = /^0*$/.test(digits);
  const sign = value < 0 && !isZero ? MINUS_SIGN : '';
  const grouped = groupThousands(integerDigits);
  return decimals > 0 ? `${sign}${grouped},${fractionDigits}` : `${sign}${grouped}`;
}

export function formatInteger(value: number | null | undefined): string {
  return formatNumber(value, { decimals: 0 });
}

/**
 * A share (0.771) as a Norwegian percentage (`77,1 %`), with a no-break space
 * before the sign so it never wraps onto its own line.
 */
export function formatPercent(
  share: number | null | undefined,
  options: NumberFormatOptions = {},
): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING_VALUE;
  return `${formatNumber(shiftDecimal(share, 2), { decimals: options.decimals ?? 1 })}${NO_BREAK_SPACE}%`;
}

/**
 * The digits of |value| rounded half away from zero to `decimals` places,
 * without the decimal point and padded so at least `decimals + 1` digits
 * remain. Shifting through the decimal string (not multiplying) keeps 1.005
 * from rounding down to 1.00 the way binary floating point would.
 */
function roundToDigits(value: number, decimals: number): string {
  const rounded = Math.round(shiftDecimal(value, decimals));
  const digits = BigInt(rounded).toString();
  return digits.padStart(decimals + 1, '0');
}

/** value × 10^places, done on the decimal representation. */
function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
}
