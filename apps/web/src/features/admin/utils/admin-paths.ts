/** Route patterns; addresses are Norwegian where people read them (`admin` is understood as is). */
export const ADMIN_ROUTE = 'admin';
export const ADMIN_USER_ROUTE = 'admin/brukere/:id';
export const ADMIN_SETTINGS_ROUTE = 'admin/innstillinger';
export const AUDIT_LOG_ROUTE = 'admin/logg';

/** The audit log can be narrowed to one employee: `/admin/logg?ansatt=<id>`. */
export const AUDIT_EMPLOYEE_PARAM = 'ansatt';

export function adminPath(): string {
  return '/admin';
}

export function adminUserPath(id: string): string {
  return `/admin/brukere/${encodeURIComponent(id)}`;
}

export function adminSettingsPath(): string {
  return '/admin/innstillinger';
}

export function auditLogPath(employeeId?: string): string {
  if (!employeeId) return '/admin/logg';
  return `/admin/logg?${new URLSearchParams({ [AUDIT_EMPLOYEE_PARAM]: employeeId }).toString()}`;
}
