import { formatNumber, MISSING_VALUE, NO_BREAK_SPACE } from './number.format';

/**
 * Stillingsprosent (0–100) the Norwegian way: `100 %`, `80 %`, `33,33 %`,
 * `50,5 %`. Rounded to two decimals (the precision the service keeps) and
 * without trailing zeros, so whole percentages carry no `,00`.
 */
export function formatFte(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return MISSING_VALUE;
  // Two decimals always give a comma, so only decimal zeros (and the comma) can go.
  const number = formatNumber(percent, { decimals: 2 }).replace(/,?0+$/, '');
  return `${number}${NO_BREAK_SPACE}%`;
}
