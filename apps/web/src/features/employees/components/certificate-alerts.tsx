import { useTranslation } from 'react-i18next';
import { StatusIcon } from '@web/shared/ui';
import type { ExpiringItem } from '../utils/expiry';
import { ExpiryBadge } from './expiry-badge';

/** Certificates that have expired or expire within 90 days, at the top of the profile. */
export function CertificateAlerts({ items }: { items: readonly ExpiringItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="notice notice--warning" aria-labelledby="certificate-alerts-heading">
      <h2 id="certificate-alerts-heading" className="notice__title">
        <StatusIcon kind="warning" />
        {t('employee.alerts.heading')}
      </h2>
      <ul className="notice__list">
        {items.map((item) => (
          <li key={item.id}>
            <span className="notice__item-title">{item.title}</span>{' '}
            <ExpiryBadge expiresOn={item.expiresOn} state={item.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}
