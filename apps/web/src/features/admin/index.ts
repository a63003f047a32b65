// What the app shell and other features need from the administration feature.
export { AuditLogPage } from './components/audit-log-page';
export { SettingsPage } from './components/settings-page';
export { UserPage } from './components/user-page';
export { UsersPage } from './components/users-page';
export {
  ADMIN_ROUTE,
  ADMIN_SETTINGS_ROUTE,
  ADMIN_USER_ROUTE,
  AUDIT_LOG_ROUTE,
  auditLogPath,
} from './utils/admin-paths';
