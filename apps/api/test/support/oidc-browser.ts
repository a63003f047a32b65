/**
 * Just enough of a browser for the single sign-on flow: a cookie jar and
 * redirects followed by hand, so each hop can be inspected or tampered with.
 * Cookies are kept per host name, not per port, as browsers do.
 */
export class OidcTestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** One request with the jar's cookies; redirects are not followed. */
  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    this.store(url, response.headers.getSetCookie());
    return response;
  }

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).hostname)?.get(name);
  }

  cookieHeader(url: string): string {
    const cookies = this.jar.get(new URL(url).hostname) ?? new Map<string, string>();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private store(url: string, setCookies: string[]): void {
    const host = new URL(url).hostname;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, cookies);
    for (const setCookie of setCookies) {
      const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim());
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const expired = attributes.some((attribute) => {
        const [key, value = ''] = attribute.split('=');
        if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
        if (key.toLowerCase() === 'expires') return new Date(value).getTime() <= Date.now();
        return false;
      });
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(index + 1));
    }
  }
}

/** The Location of a redirect, resolved against the URL that answered. */
export function redirectTarget(response: Response, from: string): string {
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new Error(`expected a redirect from ${from}, got HTTP ${response.status}`);
  }
  return new URL(location, from).href;
}

export interface ProviderVisit {
  /** The provider's redirect back to the API's callback, not yet followed. */
  callbackUrl: string;
}

/**
 * At the provider: follows its redirects and submits the development login
 * form with `login` (the local provider turns it into the claims, see
 * oidc-provider.mjs), or cancels there, until it sends the browser back.
 */
export async function visitProvider(
  browser: OidcTestBrowser,
  authorizationUrl: string,
  action: { login: string } | 'cancel',
): Promise<ProviderVisit> {
  const issuerOrigin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await browser.request(url);
    if (response.status === 200) {
      const html = await response.text();
      const form = html.match(/<form[^>]*action="([^"]+)"/);
      if (!form || !html.includes('name="prompt" value="login"')) {
        throw new Error(`unexpected page at the provider: ${html.slice(0, 300)}`);
      }
      const submitUrl = new URL(form[1], url).href;
      if (action === 'cancel') {
        url = `${submitUrl}/abort`;
        continue;
      }
      const submitted = await browser.request(submitUrl, {
        method: 'POST',
        form: { prompt: 'login', login: action.login, password: 'hva-som-helst' },
      });
      url = redirectTarget(submitted, submitUrl);
    } else {
      url = redirectTarget(response, url);
    }
    if (new URL(url).origin !== issuerOrigin) return { callbackUrl: url };
  }
  throw new Error('the provider did not send the browser back');
}
