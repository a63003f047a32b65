import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';

/** "13 enheter" / "1 enhet", with the number formatted the Norwegian way. */
export function useUnitCountText(): (count: number) => string {
  const { t } = useTranslation();
  return (count) => t('organisation.unitCount', { count, formatted: formatInteger(count) });
}
