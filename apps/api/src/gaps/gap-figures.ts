import { protectedAges } from '@kp/domain';
import { UserError } from '../common/errors/user-error';
import type { Figure } from './models/figure.model';

/**
 * A figure about people: exact, or (for callers without personal-data access to some of the
 * people behind it) a sum of randomly rounded atoms (docs/gap-analysis.md, "Privacy: rounded
 * figures"). Nothing is hidden any more; `suppressed` stays in the type for older clients.
 */
export function figure(value: number | null, rounded: boolean): Figure {
  return { value, suppressed: false, reason: null, reasonCode: null, rounded };
}

/**
 * Retirement ages a caller may ask for where figures are rounded: the region's own and the
 * fixed earlier ones (62). Atoms are split by the ages they can be asked for; any age would
 * split them by birth year, and the differences between ages would then be single people.
 */
export function checkProtectedAge(
  age: number | null,
  options: { retirementAge: number; exact: boolean; field: string; label: string },
): void {
  if (age === null || options.exact) return;
  const allowed = protectedAges(options.retirementAge);
  if (allowed.includes(age)) return;
  const list = allowed
    .slice()
    .sort((a, b) => a - b)
    .join(' eller ');
  throw UserError.field(
    options.field,
    'AGE_NOT_AVAILABLE',
    `${options.label} kan bare være ${list} år når tallene er avrundet (du har ikke tilgang til personene bak dem)`,
  );
}
