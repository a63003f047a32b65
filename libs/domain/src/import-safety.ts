// When an import may not simply be applied. An employee file is the whole staff list: active
// employees of the scope missing from it are deactivated. A short or wrong file would then
// deactivate almost everybody with one click, so a run that deactivates many people needs a
// typed confirmation that names the count, and a file that matches almost nobody in the scope
// is flagged as probably the wrong file.

/** More deactivations than this always need the typed confirmation. */
export const MASS_DEACTIVATION_COUNT = 20;
/** A larger share of the scope's active employees than this needs it too (10 %). */
export const MASS_DEACTIVATION_SHARE = 0.1;

/**
 * Whether deactivating `deactivating` of the scope's `activeInScope` active employees needs the
 * typed confirmation: more than 20 people, or more than 10 % of the scope. One person never
 * does (the preview names them), however small the unit.
 */
export function deactivationNeedsConfirmation(
  deactivating: number,
  activeInScope: number,
): boolean {
  if (deactivating < 2) return false;
  return (
    deactivating > MASS_DEACTIVATION_COUNT ||
    deactivating > MASS_DEACTIVATION_SHARE * Math.max(activeInScope, 0)
  );
}

/**
 * Reads a typed confirmation: digits, optionally grouped with spaces as Norwegians write
 * thousands ("1 012"). Null for anything else (signs, decimals, words, nothing at all).
 */
export function readConfirmedCount(typed: string | null | undefined): number | null {
  if (typed === null || typed === undefined) return null;
  const compact = typed.replace(/[\s\u00A0\u202F]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact);
}

/** The confirmation holds when it names exactly the number of people to deactivate. */
export function confirmsDeactivation(
  typed: string | null | undefined,
  deactivating: number,
): boolean {
  return readConfirmedCount(typed) === deactivating;
}

export interface FileMatch {
  /** Valid rows in the file (each one employee). */
  rows: number;
  /** Rows whose employee number matched an employee already registered. */
  matched: number;
  /** Active employees in the scope before the import. */
  activeInScope: number;
}

/**
 * A file that matches almost nobody in a scope that has staff is probably the wrong file or
 * the wrong municipality: at least 10 active employees and 5 rows, and fewer than one row in
 * five matching an employee already registered.
 */
export function fileMatchesFew({ rows, matched, activeInScope }: FileMatch): boolean {
  return activeInScope >= 10 && rows >= 5 && matched * 5 < rows;
}
