/** Addresses are Norwegian since people share and read them. */
export const SIGN_IN_ROUTE = 'logg-inn';
export const NEXT_PARAM = 'neste';

/**
 * Where to go after signing in. Only a path on this site is accepted, so a
 * crafted link (`?neste=https://evil.example` or `//evil.example`) cannot send
 * the user elsewhere; anything else, and the sign-in page itself, means home.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (/[\u0000-\u001f]/.test(value)) return '/';
  const path = value.split(/[?#]/, 1)[0];
  if (path === `/${SIGN_IN_ROUTE}` || path.startsWith(`/${SIGN_IN_ROUTE}/`)) return '/';
  return value;
}

/** The sign-in page, remembering where to return to. */
export function signInPath(next?: string): string {
  const target = next ? safeNextPath(next) : '/';
  if (target === '/') return `/${SIGN_IN_ROUTE}`;
  return `/${SIGN_IN_ROUTE}?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}
