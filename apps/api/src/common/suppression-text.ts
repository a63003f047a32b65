import type { SuppressionReason } from '@kp/domain';

/**
 * What a hidden figure says instead of its value, the same in every view (gaps, appraisal
 * statistics): "Skjult: færre enn 5 personer".
 */
export function suppressionReasonText(reason: SuppressionReason, k: number): string {
  return reason === 'FEWER_THAN_K'
    ? `Skjult: færre enn ${k} personer`
    : 'Skjult: kunne ellers regnes ut fra summen';
}
