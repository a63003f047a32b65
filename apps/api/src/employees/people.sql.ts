/**
 * Shared SQL fragments of the people repository. An erased person (GDPR erasure sets
 * `employee.erased_at`) is never read: every statement that reads employees says so with
 * `notErased(alias)` instead of writing the condition again.
 */
export function notErased(employee: string): string {
  return `${employee}.erased_at IS NULL`;
}
