import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can, useMe } from '@web/features/auth';
import { adminPath, adminSettingsPath, auditLogPath } from '../utils/admin-paths';

/**
 * The administration's own pages, for the region's administrator. HR reaches
 * only the log, from the main menu, and gets no tabs.
 */
export function AdminTabs() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  if (!can(me.data, 'administration')) return null;
  const tabs = [
    {
      to: adminPath(),
      label: t('admin.tabs.users'),
      current: pathname === adminPath() || pathname.startsWith('/admin/brukere/'),
    },
    {
      to: adminSettingsPath(),
      label: t('admin.tabs.settings'),
      current: pathname === adminSettingsPath(),
    },
    { to: auditLogPath(), label: t('admin.tabs.log'), current: pathname === auditLogPath() },
  ];
  return (
    <nav aria-label={t('admin.tabs.label')} className="sub-nav">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={tab.current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
