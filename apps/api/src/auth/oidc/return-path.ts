const SAME_SITE = 'https://same-site.invalid';
const MAX_LENGTH = 2000;

/**
 * The path to return to after sign-in, or `/` when the wish is not a plain
 * path on this site: absolute URLs, protocol-relative `//host` and `/\host`
 * (which browsers read as `//host`) would make the service an open redirect.
 */
export function safeReturnPath(wish: unknown): string {
  if (typeof wish !== 'string' || wish.length > MAX_LENGTH) return '/';
  if (!wish.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(wish)) return '/';
  let url: URL;
  try {
    url = new URL(wish, SAME_SITE);
  } catch {
    return '/';
  }
  if (url.origin !== SAME_SITE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
