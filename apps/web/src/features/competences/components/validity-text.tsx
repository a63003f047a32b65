import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';

/** "12 måneder" for certificates that expire, "Utløper ikke" otherwise. */
export function ValidityText({ months }: { months: number | null | undefined }) {
  const { t } = useTranslation();
  if (months === null || months === undefined) return <>{t('catalogue.noValidity')}</>;
  return <>{t('catalogue.validityMonths', { count: months, formatted: formatInteger(months) })}</>;
}
