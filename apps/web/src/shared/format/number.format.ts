/**
 * Norwegian numbers for the screen. The digits come from the one formatter the whole
 * house uses (`libs/domain/src/norwegian-format.ts`: no-break space between thousands,
 * decimal comma, real minus sign, half away from zero, the same in every browser and in
 * Node); this adds only what a screen needs on top: a dash where a figure is missing.
 */
import {
  formatNorwegianNumber,
  formatPercent as formatNorwegianPercent,
  MINUS_SIGN,
  NO_BREAK_SPACE,
} from '@kp/domain';

export { MINUS_SIGN, NO_BREAK_SPACE };

/** Shown where a number is missing or not finite. */
export const MISSING_VALUE = '–';

export interface NumberFormatOptions {
  /** Digits after the decimal comma, always shown (default 0). */
  decimals?: number;
}

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

export function formatNumber(
  value: number | null | undefined,
  options: NumberFormatOptions = {},
): string {
  if (missing(value)) return MISSING_VALUE;
  return formatNorwegianNumber(value, options.decimals ?? 0);
}

export function formatInteger(value: number | null | undefined): string {
  return formatNumber(value, { decimals: 0 });
}

/** A share (0.771) as a Norwegian percentage (`77,1 %`), a no-break space before the sign. */
export function formatPercent(
  share: number | null | undefined,
  options: NumberFormatOptions = {},
): string {
  if (missing(share)) return MISSING_VALUE;
  return formatNorwegianPercent(share, options.decimals ?? 1);
}
