import { useQuery } from '@tanstack/react-query';
import { parseOidcConfig, SSO_OFF, type OidcConfig } from '../utils/sso';
import { authKeys } from './auth-keys';

/** Not GraphQL: the single sign-on endpoints are plain HTTP, since the browser navigates them. */
const OIDC_CONFIG_URL = '/auth/oidc/config';

async function fetchOidcConfig(signal: AbortSignal): Promise<OidcConfig> {
  try {
    const response = await fetch(OIDC_CONFIG_URL, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
    if (!response.ok) return SSO_OFF;
    return parseOidcConfig(await response.json());
  } catch (error) {
    if (signal.aborted) throw error;
    // Password sign-in works without it: no button rather than an error on the sign-in page.
    return SSO_OFF;
  }
}

/** Whether to offer single sign-on, and the button's text; set at start-up, so read once. */
export function useOidcConfig() {
  return useQuery({
    queryKey: authKeys.oidcConfig(),
    queryFn: ({ signal }) => fetchOidcConfig(signal),
    staleTime: Infinity,
  });
}
