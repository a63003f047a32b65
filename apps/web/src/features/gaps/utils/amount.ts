import type { Measure } from '@web/gql/graphql';
import { formatNumber, MISSING_VALUE } from '@web/shared/format';

/**
 * An amount in its measure: whole people (`12`), or årsverk with up to two decimals and no
 * trailing zeros (`40,5`, `408,25`).
 */
export function formatAmount(value: number | null | undefined, measure: Measure): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  if (measure === 'HEADCOUNT') return formatNumber(value, { decimals: 0 });
  // Two decimals always give a comma, so only decimal zeros (and the comma) can go.
  return formatNumber(value, { decimals: 2 }).replace(/,?0+$/, '');
}
