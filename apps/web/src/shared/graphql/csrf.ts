/**
 * The API protects cookie-authenticated mutations with a double-submit token:
 * it sets the readable `kp_csrf` cookie, and the web app echoes it in the
 * `x-csrf-token` header. A page on another site can neither read nor set it.
 */
export const CSRF_COOKIE = 'kp_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** One cookie's value from a `document.cookie` string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The token from the browser's cookies; null outside a browser or before sign-in. */
export function csrfTokenFromDocument(): string | null {
  if (typeof document === 'undefined') return null;
  return readCookie(document.cookie, CSRF_COOKIE);
}
