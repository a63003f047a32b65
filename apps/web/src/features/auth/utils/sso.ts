import { safeNextPath } from './sign-in-paths';

/**
 * Single sign-on (docs/sso.md). The API's callback sends refusals back to
 * `/logg-inn?sso=feil&arsak=<code>`; the sign-in page says why in Norwegian.
 */
export const SSO_PARAM = 'sso';
export const SSO_FAILED = 'feil';
export const SSO_REASON_PARAM = 'arsak';

export type SsoFailureKey =
  | 'signIn.sso.failure.unknownUser'
  | 'signIn.sso.failure.deactivated'
  | 'signIn.sso.failure.missingEmail'
  | 'signIn.sso.failure.cancelled'
  | 'signIn.sso.failure.invalid'
  | 'signIn.sso.failure.technical'
  | 'signIn.sso.failure.other';

const KEY_BY_REASON: Readonly<Record<string, SsoFailureKey>> = {
  'ukjent-bruker': 'signIn.sso.failure.unknownUser',
  deaktivert: 'signIn.sso.failure.deactivated',
  'mangler-epost': 'signIn.sso.failure.missingEmail',
  avbrutt: 'signIn.sso.failure.cancelled',
  ugyldig: 'signIn.sso.failure.invalid',
  'teknisk-feil': 'signIn.sso.failure.technical',
};

/**
 * The message for a failed single sign-on, or null when the address reports
 * none. A reason this version does not know still gets a message (the
 * attempt did fail), just a general one.
 */
export function ssoFailureKey(params: URLSearchParams): SsoFailureKey | null {
  if (params.get(SSO_PARAM) !== SSO_FAILED) return null;
  const reason = params.get(SSO_REASON_PARAM) ?? '';
  return Object.hasOwn(KEY_BY_REASON, reason) ? KEY_BY_REASON[reason] : 'signIn.sso.failure.other';
}

/**
 * Where the single sign-on button leads: the API's login endpoint, which
 * returns to `next` afterwards. A plain link, since the browser must leave
 * for the identity provider.
 */
export function ssoLoginPath(next: string): string {
  return `/auth/oidc/login?${new URLSearchParams({ neste: safeNextPath(next) }).toString()}`;
}

export interface OidcConfig {
  enabled: boolean;
  /** The button's text as the operator configured it; null for the default text. */
  label: string | null;
}

export const SSO_OFF: OidcConfig = { enabled: false, label: null };

/**
 * Reads `GET /auth/oidc/config` defensively: anything but a clear "enabled"
 * (an older API, the dev server's HTML fallback) means no button.
 */
export function parseOidcConfig(body: unknown): OidcConfig {
  if (typeof body !== 'object' || body === null) return SSO_OFF;
  const { enabled, label } = body as Record<string, unknown>;
  if (enabled !== true) return SSO_OFF;
  return { enabled: true, label: typeof label === 'string' && label.trim() ? label.trim() : null };
}
