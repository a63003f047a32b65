/**
 * What the audit log keeps of refused requests and failed sign-ins
 * (docs/identity-and-privacy.md, "Audit log").
 */

/** Refusals of one kind, from one address and caller, are counted per window of this length. */
export const REFUSAL_WINDOW_SECONDS = 3600;

/**
 * Whether the n-th refusal (1-based) of one kind, address and caller within a window gets an
 * entry of its own: the 1st, 2nd, 4th, 8th … So a flood of N refusals writes about log2(N)
 * entries, each saying how many there had been so far, and the last one is within a factor of
 * two of the truth. The same rule thins the region's refusals as a whole, so many addresses
 * together cannot flood the log either.
 */
export function recordsRefusal(count: number): boolean {
  return Number.isInteger(count) && count >= 1 && (count & (count - 1)) === 0;
}

/** Longest e-mail address kept (RFC 5321 allows 254 characters in a path). */
const MAX_EMAIL_LENGTH = 254;
const PLAUSIBLE_EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * What a failed sign-in for an account that does not exist keeps of what was typed as the
 * e-mail address: the address, lower-cased, if it looks like one; otherwise nothing. People
 * sometimes type their password in the e-mail field, and that must never reach the log.
 */
export function auditableTypedEmail(typed: string): string | null {
  const email = typed.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !PLAUSIBLE_EMAIL.test(email)) return null;
  return email;
}
