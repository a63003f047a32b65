/** Single sign-on with an OpenID Connect provider, read from the environment (docs/sso.md). */
export interface OidcConfig {
  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: URL;
  clientId: string;
  /** Absent for a public client (PKCE only, no client authentication). */
  clientSecret?: string;
  /** Absent: `<KP_PUBLIC_URL or the request's origin>/auth/oidc/callback`. */
  redirectUri?: string;
  scopes: string;
  /** Text of the sign-in button. */
  label: string;
}

export const DEFAULT_OIDC_SCOPES = 'openid email profile';
export const DEFAULT_OIDC_LABEL = 'Logg inn med virksomhetskonto';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function absoluteUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} må være en fullstendig adresse (URL), men er «${value}»`);
  }
  // Plain HTTP only to a provider on this machine (development and tests).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error(`${name} må bruke https, men er «${value}»`);
  }
  return url;
}

/** SSO is off (undefined) unless KP_OIDC_ISSUER is set; a half configuration stops start-up. */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.KP_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.KP_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('KP_OIDC_CLIENT_ID må være satt når KP_OIDC_ISSUER er satt');
  const redirectUri = env.KP_OIDC_REDIRECT_URI?.trim() || undefined;
  if (redirectUri) absoluteUrl('KP_OIDC_REDIRECT_URI', redirectUri);
  const scopes = (env.KP_OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES).split(/\s+/);
  if (!scopes.includes('openid')) scopes.unshift('openid');
  return {
    issuer: absoluteUrl('KP_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: env.KP_OIDC_CLIENT_SECRET || undefined,
    redirectUri,
    scopes: scopes.join(' '),
    label: env.KP_OIDC_LABEL?.trim() || DEFAULT_OIDC_LABEL,
  };
}
