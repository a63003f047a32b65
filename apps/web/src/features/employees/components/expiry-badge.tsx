import { useTranslation } from 'react-i18next';
import { formatDate } from '@web/shared/format';
import { StatusIcon } from '@web/shared/ui';
import type { ExpiryState } from '../utils/expiry';

/**
 * An expiry date with its state in words and an icon, so the state never
 * depends on colour alone: "Utløpt 01.02.2025", "Utløper 01.04.2026".
 */
export function ExpiryBadge({
  expiresOn,
  state,
}: {
  expiresOn: string | null | undefined;
  state: ExpiryState;
}) {
  const { t } = useTranslation();
  if (!expiresOn || state === 'none') return <>{t('employee.noExpiry')}</>;
  const date = formatDate(expiresOn);
  if (state === 'valid') return <>{date}</>;
  return (
    <span className={`expiry expiry--${state}`}>
      <StatusIcon kind={state === 'expired' ? 'error' : 'warning'} />
      {state === 'expired' ? t('employee.expired', { date }) : t('employee.expiring', { date })}
    </span>
  );
}
