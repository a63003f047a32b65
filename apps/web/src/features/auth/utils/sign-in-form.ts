/** The form's fields in the order they are shown; focus goes to the first invalid one. */
export const SIGN_IN_FIELDS = ['email', 'password'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

export type SignInMessageKey = 'signIn.emailRequired' | 'signIn.passwordRequired';

/**
 * Checks before sending: both fields must be filled in. Whether the address
 * and password are right is the API's answer, never guessed here.
 */
export function missingSignInFields(values: {
  email: string;
  password: string;
}): Partial<Record<SignInField, SignInMessageKey>> {
  const missing: Partial<Record<SignInField, SignInMessageKey>> = {};
  if (!values.email.trim()) missing.email = 'signIn.emailRequired';
  if (!values.password) missing.password = 'signIn.passwordRequired';
  return missing;
}
