import type { Scope, ScopeColumns } from '../auth/scope';
import type { SqlParams } from '../database/sql-params';

/**
 * Shared SQL fragments of the people repository. An erased person (GDPR erasure sets
 * `employee.erased_at`) is never read: every statement that reads employees says so with
 * `notErased(alias)` instead of writing the condition again.
 */
export function notErased(employee: string): string {
  return `${employee}.erased_at IS NULL`;
}

/** The scope columns of employee `employee` placed in unit `unit`. */
export function employeeScopeColumns(employee = 'e', unit = 'u'): ScopeColumns {
  return {
    regionId: `${employee}.region_id`,
    municipalityId: `${employee}.municipality_id`,
    unitPath: `${unit}.path`,
  };
}

/**
 * A condition for writes and reads keyed by an employee id (`employeeId` is a SQL expression):
 * the employee exists, is not erased and lies in the scope.
 */
export function employeeInScope(scope: Scope, p: SqlParams, employeeId: string): string {
  return `EXISTS (SELECT 1 FROM employee se JOIN unit su ON su.id = se.unit_id
    WHERE se.id = ${employeeId} AND ${notErased('se')}
      AND ${scope.where(p, employeeScopeColumns('se', 'su'))})`;
}
