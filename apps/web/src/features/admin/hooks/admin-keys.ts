import type { AuditLogFilter } from '../utils/admin-paths';

/**
 * Query keys of the administration feature. Not in PUBLIC_QUERY_ROOTS: users
 * and the audit log are dropped from the cache when the user signs out.
 */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  settings: () => [...adminKeys.all, 'settings'] as const,
  auditLogs: () => [...adminKeys.all, 'auditLog'] as const,
  auditLog: (filter: AuditLogFilter) => [...adminKeys.auditLogs(), filter] as const,
};
