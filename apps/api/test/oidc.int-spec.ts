import { randomUUID } from 'node:crypto';
import { freePort } from '../src/common/free-port';
import { apiUrl, DEMO } from './support/api-client';
import { startApi, type ApiProcess } from './support/api-process';
import { closeDb, count, db } from './support/database';
import { OidcTestBrowser, redirectTarget, visitProvider } from './support/oidc-browser';
import {
  startOidcProvider,
  TEST_OIDC_CLIENT,
  type OidcProviderProcess,
} from './support/oidc-provider-process';

const LABEL = 'Logg inn med Testleverandør';

let provider: OidcProviderProcess;
let api: ApiProcess;

// A second API process with single sign-on switched on, on the shared test
// database (where the demo users live), against a local OpenID provider.
beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  provider = await startOidcProvider(redirectUri);
  api = await startApi({
    PORT: String(port),
    DATABASE_URL: process.env.KP_TEST_DATABASE_URL ?? '',
    KP_SEED_DEMO: 'false',
    KP_OIDC_ISSUER: provider.issuer,
    KP_OIDC_CLIENT_ID: TEST_OIDC_CLIENT.id,
    KP_OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.secret,
    KP_OIDC_LABEL: LABEL,
  });
}, 90_000);

afterAll(async () => {
  await api?.stop('SIGTERM');
  await provider?.stop();
  await closeDb();
});

/** Starts the flow at the API and returns the provider URL it redirects to. */
async function startLogin(browser: OidcTestBrowser, neste?: string) {
  const url = `${api.url}/auth/oidc/login${neste === undefined ? '' : `?neste=${encodeURIComponent(neste)}`}`;
  const response = await browser.request(url);
  return { response, authorizationUrl: redirectTarget(response, url) };
}

/** The callback's answer: where it sends the browser, and the cookies it set. */
async function finish(browser: OidcTestBrowser, callbackUrl: string) {
  const response = await browser.request(callbackUrl);
  const location = response.headers.get('location');
  return { response, location, setCookies: response.headers.getSetCookie() };
}

async function signIn(login: string, neste?: string) {
  const browser = new OidcTestBrowser();
  const { authorizationUrl } = await startLogin(browser, neste);
  const { callbackUrl } = await visitProvider(browser, authorizationUrl, { login });
  return { browser, callbackUrl, ...(await finish(browser, callbackUrl)) };
}

/** `me` with the browser's session cookie only, as the web app asks it. */
async function me(browser: OidcTestBrowser) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: browser.cookieHeader(api.url) },
    body: JSON.stringify({ query: '{ me { email roles { role } } }' }),
  });
  return (await response.json()) as {
    data?: { me: { email: string; roles: Array<{ role: string }> } };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
}

function refusal(reason: string): string {
  return `/logg-inn?sso=feil&arsak=${reason}`;
}

async function sessionsOf(email: string): Promise<number> {
  return count(
    `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
    [email],
  );
}

describe('GET /auth/oidc/config', () => {
  it('tells the web app that SSO is on, with the button text', async () => {
    const response = await fetch(`${api.url}/auth/oidc/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enabled: true, label: LABEL });
  });

  it('says off, and the flow does not exist, when no provider is configured', async () => {
    const response = await fetch(`${apiUrl()}/auth/oidc/config`);
    expect(await response.json()).toEqual({ enabled: false, label: null });
    const login = await fetch(`${apiUrl()}/auth/oidc/login`, { redirect: 'manual' });
    expect(login.status).toBe(404);
  });
});

describe('single sign-on', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const browser = new OidcTestBrowser();
    const { response, authorizationUrl } = await startLogin(browser, '/ansatte');
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('client_id')).toBe(TEST_OIDC_CLIENT.id);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('redirect_uri')).toBe(`${api.url}/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const flowCookie = response.headers.getSetCookie().find((c) => c.startsWith('kp_oidc='));
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    expect(flowCookie).toMatch(/Path=\/auth\/oidc/i);
    // the verifier stays on the server: neither the URL nor the cookie carries it
    const stored = await db().query(
      'SELECT code_verifier AS "codeVerifier" FROM oidc_login WHERE state = $1',
      [url.searchParams.get('state')],
    );
    expect(stored.rows).toHaveLength(1);
    expect(authorizationUrl).not.toContain(stored.rows[0].codeVerifier);
    expect(flowCookie).not.toContain(stored.rows[0].codeVerifier);
  });

  it('signs in the demo user matched by e-mail (case-insensitive) and returns to the page', async () => {
    const { browser, response, location, setCookies } = await signIn(
      'HR.Gjovik@REKS.demo',
      '/ansatte?fane=kompetanse',
    );
    expect(response.status).toBe(303);
    expect(location).toBe('/ansatte?fane=kompetanse');
    const session = setCookies.find((cookie) => cookie.startsWith('kp_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(setCookies.find((cookie) => cookie.startsWith('kp_csrf='))).toBeDefined();
    expect(browser.cookie(api.url, 'kp_oidc')).toBeUndefined();

    const answer = await me(browser);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toEqual({
      email: DEMO.hrGjovik,
      roles: [{ role: 'MUNICIPALITY_HR' }],
    });
  });

  it('matches on preferred_username when the provider sends no email claim', async () => {
    const { browser, location } = await signIn(`upn:${DEMO.leaderNursingHomeOstreToten}`);
    expect(location).toBe('/');
    expect((await me(browser)).data?.me.email).toBe(DEMO.leaderNursingHomeOstreToten);
  });

  it('refuses an unknown e-mail address without creating a user', async () => {
    const email = `ukjent.${randomUUID().slice(0, 8)}@reks.demo`;
    const { browser, location, setCookies } = await signIn(email);
    expect(location).toBe(refusal('ukjent-bruker'));
    expect(setCookies.some((cookie) => cookie.startsWith('kp_session='))).toBe(false);
    expect(await count('SELECT 1 FROM app_user WHERE email = $1', [email])).toBe(0);
    expect((await me(browser)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(api.output()).toContain(`Single sign-on refused (ukjent-bruker)`);
    expect(api.output()).toContain(email);
  });

  it('refuses a deactivated user', async () => {
    const email = `deaktivert.${randomUUID().slice(0, 8)}@reks.demo`;
    await db().query(
      `INSERT INTO app_user (region_id, email, name, active)
       SELECT region_id, $1, 'Deaktivert Bruker', false FROM app_user WHERE email = $2`,
      [email, DEMO.admin],
    );
    const { location } = await signIn(email);
    expect(location).toBe(refusal('deaktivert'));
    expect(await sessionsOf(email)).toBe(0);
  });

  it('refuses when the provider gives no e-mail address', async () => {
    const { location } = await signIn(`ingen-epost:${randomUUID()}`);
    expect(location).toBe(refusal('mangler-epost'));
  });

  it('reports a sign-in cancelled at the provider', async () => {
    const browser = new OidcTestBrowser();
    const { authorizationUrl } = await startLogin(browser);
    const { callbackUrl } = await visitProvider(browser, authorizationUrl, 'cancel');
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    expect((await finish(browser, callbackUrl)).location).toBe(refusal('avbrutt'));
  });
});

describe('tampering', () => {
  it('refuses a tampered state, and the flow cannot be resumed afterwards', async () => {
    const browser = new OidcTestBrowser();
    const before = await sessionsOf(DEMO.coordinator);
    const { authorizationUrl } = await startLogin(browser);
    const { callbackUrl } = await visitProvider(browser, authorizationUrl, {
      login: DEMO.coordinator,
    });
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    const refused = await finish(browser, tampered.href);
    expect(refused.location).toBe(refusal('ugyldig'));
    expect(refused.setCookies.some((cookie) => cookie.startsWith('kp_session='))).toBe(false);
    // the genuine answer is now useless too: each flow is used once
    expect((await finish(browser, callbackUrl)).location).toBe(refusal('ugyldig'));
    expect(await sessionsOf(DEMO.coordinator)).toBe(before);
  });

  it('refuses a provider answer brought to another browser (no flow cookie: login CSRF)', async () => {
    const { callbackUrl } = await visitProvider(
      new OidcTestBrowser(),
      (await startLogin(new OidcTestBrowser())).authorizationUrl,
      { login: DEMO.board },
    );
    const victim = new OidcTestBrowser();
    const { location } = await finish(victim, callbackUrl);
    expect(location).toBe(refusal('ugyldig'));
    expect((await me(victim)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the same answer twice, even with the flow cookie presented again', async () => {
    const browser = new OidcTestBrowser();
    const { authorizationUrl } = await startLogin(browser);
    const flowCookie = browser.cookie(api.url, 'kp_oidc');
    const { callbackUrl } = await visitProvider(browser, authorizationUrl, { login: DEMO.admin });
    expect((await finish(browser, callbackUrl)).location).toBe('/');
    const replay = await fetch(callbackUrl, {
      headers: { cookie: `kp_oidc=${flowCookie}` },
      redirect: 'manual',
    });
    expect(replay.headers.get('location')).toBe(refusal('ugyldig'));
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('kp_session='))).toBe(false);
  });

  it('refuses a tampered authorisation code', async () => {
    const browser = new OidcTestBrowser();
    const { authorizationUrl } = await startLogin(browser);
    const { callbackUrl } = await visitProvider(browser, authorizationUrl, { login: DEMO.admin });
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('code', `${tampered.searchParams.get('code')}x`);
    expect((await finish(browser, tampered.href)).location).toBe(refusal('ugyldig'));
    expect(api.output()).toMatch(/refused \(ugyldig\).*invalid_grant/);
  });

  it.each([
    ['an absolute URL', 'https://angriper.example/felle'],
    ['a protocol-relative URL', '//angriper.example/felle'],
    ['a backslash path', '/\\angriper.example/felle'],
  ])('ignores %s as the return path', async (_case, neste) => {
    const { location, browser } = await signIn(DEMO.leaderHomeCareGjovik, neste);
    expect(location).toBe('/');
    expect((await me(browser)).data?.me.email).toBe(DEMO.leaderHomeCareGjovik);
  });
});
