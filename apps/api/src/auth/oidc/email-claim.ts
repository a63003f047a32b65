const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The e-mail address that identifies the signed-in person, lower-cased, or
 * null. `email` is the standard claim (not trusted when the provider marks it
 * unverified); Entra ID often leaves it out and carries the sign-in name,
 * usually the e-mail address, in `preferred_username` or `upn`.
 */
export function emailFromClaims(claims: Record<string, unknown>): string | null {
  const names = claims.email_verified === false ? [] : ['email'];
  for (const name of [...names, 'preferred_username', 'upn']) {
    const value = claims[name];
    if (typeof value === 'string' && EMAIL.test(value.trim())) return value.trim().toLowerCase();
  }
  return null;
}
