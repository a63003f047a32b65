/** Route patterns; addresses are Norwegian where people read them (`admin` is understood as is). */
export const ADMIN_ROUTE = 'admin';
export const ADMIN_USER_ROUTE = 'admin/brukere/:id';
export const ADMIN_SETTINGS_ROUTE = 'admin/innstillinger';
export const AUDIT_LOG_ROUTE = 'admin/logg';

/** The audit log can be narrowed to one employee: `/admin/logg?ansatt=<id>`. */
export const AUDIT_EMPLOYEE_PARAM = 'ansatt';
/** …and to a period, first and last day included: `?fra=2026-01-01&til=2026-06-30`. */
export const AUDIT_FROM_PARAM = 'fra';
export const AUDIT_TO_PARAM = 'til';

/** What the log page shows; the export takes the same. */
export interface AuditLogFilter {
  employeeId: string | null;
  /** ISO dates, or null for no limit. */
  from: string | null;
  to: string | null;
}

export function adminPath(): string {
  return '/admin';
}

export function adminUserPath(id: string): string {
  return `/admin/brukere/${encodeURIComponent(id)}`;
}

export function adminSettingsPath(): string {
  return '/admin/innstillinger';
}

export function auditLogPath(employeeId?: string | Partial<AuditLogFilter>): string {
  const filter = typeof employeeId === 'string' ? { employeeId } : (employeeId ?? {});
  const query = auditLogParams(filter).toString();
  return query ? `/admin/logg?${query}` : '/admin/logg';
}

/** The log's filter as address parameters (the inverse of auditLogFilter). */
export function auditLogParams(filter: Partial<AuditLogFilter>): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.employeeId) search.set(AUDIT_EMPLOYEE_PARAM, filter.employeeId);
  if (filter.from) search.set(AUDIT_FROM_PARAM, filter.from);
  if (filter.to) search.set(AUDIT_TO_PARAM, filter.to);
  return search;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter in a log address; anything that is not a date is left out. */
export function auditLogFilter(search: URLSearchParams): AuditLogFilter {
  const date = (name: string) => {
    const value = search.get(name);
    return value && ISO_DATE.test(value) ? value : null;
  };
  return {
    employeeId: search.get(AUDIT_EMPLOYEE_PARAM) || null,
    from: date(AUDIT_FROM_PARAM),
    to: date(AUDIT_TO_PARAM),
  };
}

/**
 * The API's download of the log with the page's filter. A plain link: the session cookie goes
 * with it, and a GET needs no CSRF token.
 */
export function auditLogExportUrl(format: 'csv' | 'xlsx', filter: AuditLogFilter): string {
  const search = new URLSearchParams({ format });
  if (filter.employeeId) search.set('employeeId', filter.employeeId);
  if (filter.from) search.set('from', filter.from);
  if (filter.to) search.set('to', filter.to);
  return `/api/exports/audit-log?${search.toString()}`;
}
