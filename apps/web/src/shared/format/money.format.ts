import { formatNumber, NO_BREAK_SPACE } from './number.format';

/**
 * Kroner the Norwegian way: `12 500 kr`, with øre only where there are any (`12 500,50 kr`),
 * a no-break space between the amount and `kr` so they never part at a line end.
 */
export function formatKroner(amount: number | null | undefined): string {
  const text =
    amount !== null && amount !== undefined && Number.isFinite(amount) && !Number.isInteger(amount)
      ? formatNumber(amount, { decimals: 2 })
      : formatNumber(amount);
  return text === formatNumber(null) ? text : `${text}${NO_BREAK_SPACE}kr`;
}
