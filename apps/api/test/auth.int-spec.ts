import { apiUrl, as, DEMO, DEMO_PASSWORD, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import { demoUnit } from './support/factories';
import { userWithDemoPassword } from './support/users';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token csrfToken me { email roles { role municipalityId unitId } } }
}`;
const ME = '{ me { email name roles { role } } }';

afterAll(closeDb);

async function loginOverHttp(email: string, password = DEMO_PASSWORD) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = await response.json();
  return { response, body };
}

function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

describe('sign-in', () => {
  it('gives a bearer token and an HttpOnly, SameSite session cookie', async () => {
    const { response, body } = await loginOverHttp(DEMO.leaderHomeCareGjovik);
    expect(body.errors).toBeUndefined();
    expect(body.data.login.token).toMatch(/^[\w-]{40,}$/);
    expect(body.data.login.me.roles).toEqual([
      expect.objectContaining({ role: 'UNIT_LEADER', unitId: expect.any(String) }),
    ]);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('kp_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(cookies.find((cookie) => cookie.startsWith('kp_csrf='))).not.toMatch(/HttpOnly/i);
  });

  it('stores only a hash of the token', async () => {
    const { body } = await loginOverHttp(DEMO.board);
    const token: string = body.data.login.token;
    expect(
      await count('SELECT 1 FROM user_session WHERE encode(token_hash, $1) LIKE $2', [
        'escape',
        `%${token}%`,
      ]),
    ).toBe(0);
  });

  it.each([
    ['a wrong password', DEMO.admin, 'feil-passord'],
    ['an unknown account', 'ingen@reks.demo', DEMO_PASSWORD],
  ])('refuses %s with the same message', async (_case, email, password) => {
    const { body } = await loginOverHttp(email, password);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(body.errors[0].message).toBe('Feil e-postadresse eller passord.');
  });

  it('slows down repeated failures for one account', async () => {
    // An account of its own: the demo accounts are shared with test files running meanwhile.
    const email = await userWithDemoPassword('treg');
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await loginOverHttp(email, 'galt');
    }
    const { body } = await loginOverHttp(email);
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(body.errors[0].message).toMatch(/Vent \d+ sekunder/);
  });
});

describe('sessions', () => {
  it('answers me for a bearer token and refuses anonymous callers', async () => {
    const me = await gqlOk<{ me: { email: string } }>(ME, {}, await as(DEMO.coordinator));
    expect(me.me.email).toBe(DEMO.coordinator);
    const anonymous = await gql(ME);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session at logout', async () => {
    const { body } = await loginOverHttp(DEMO.admin);
    const headers = { authorization: `Bearer ${body.data.login.token}` };
    await gqlOk('mutation { logout }', {}, { headers });
    expect((await gql(ME, {}, { headers })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires idle sessions', async () => {
    const { body } = await loginOverHttp(DEMO.hrGjovik);
    const headers = { authorization: `Bearer ${body.data.login.token}` };
    await db().query(
      `UPDATE user_session SET idle_expires_at = now() - interval '1 second'
       WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [DEMO.hrGjovik],
    );
    expect((await gql(ME, {}, { headers })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('clears out sessions past their limits and stale sign-in throttling when people sign in', async () => {
    const { rows } = await db().query(
      `INSERT INTO user_session (token_hash, csrf_token, user_id, idle_expires_at,
         absolute_expires_at)
       SELECT sha256(random()::text::bytea), 'utløpt', id, now() + interval '1 hour',
              now() - interval '1 second'
       FROM app_user WHERE email = $1 RETURNING token_hash`,
      [DEMO.board],
    );
    const stale = `address:stale-${Date.now()}`;
    await db().query(
      `INSERT INTO login_throttle (key, failures, last_failure_at)
       VALUES ($1, 3, now() - interval '2 hours')`,
      [stale],
    );
    await loginOverHttp(DEMO.board);
    expect(
      await count('SELECT 1 FROM user_session WHERE token_hash = $1', [rows[0].token_hash]),
    ).toBe(0);
    await loginOverHttp('ingen-slik@reks.demo', 'feil-passord');
    expect(await count('SELECT 1 FROM login_throttle WHERE key = $1', [stale])).toBe(0);
  });
});

describe('cross-site request forgery', () => {
  const ADD_UNIT = `mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }`;

  async function cookieSession() {
    const { response, body } = await loginOverHttp(DEMO.hrGjovik);
    const { municipalities } = await gqlOk<{
      municipalities: Array<{ id: string; number: string }>;
    }>('{ municipalities { id number } }');
    return {
      cookie: cookieHeader(response),
      csrfToken: body.data.login.csrfToken as string,
      gjovikId: municipalities.find((m) => m.number === '3407')?.id,
    };
  }

  it('refuses a cookie-authenticated mutation without the CSRF header, and writes nothing', async () => {
    const { cookie, gjovikId } = await cookieSession();
    // counted by name: other test files add units to the shared database meanwhile
    const before = await count(`SELECT 1 FROM unit WHERE name = 'CSRF-enhet'`);
    const result = await gql(
      ADD_UNIT,
      { input: { municipalityId: gjovikId, name: 'CSRF-enhet' } },
      { headers: { cookie } },
    );
    expect(result.errors?.[0].extensions?.code).toBe('CSRF_REJECTED');
    expect(await count(`SELECT 1 FROM unit WHERE name = 'CSRF-enhet'`)).toBe(before);
  });

  it('accepts it with the token echoed in x-csrf-token', async () => {
    const { cookie, csrfToken, gjovikId } = await cookieSession();
    const result = await gql(
      ADD_UNIT,
      {
        input: {
          municipalityId: gjovikId,
          // under the top unit: a second top unit would change Gjøvik's breakdowns for
          // the other test files sharing the database (the heatmap shows top units then)
          parentId: (await demoUnit('Helse og omsorg')).id,
          name: 'Enhet med CSRF-token',
        },
      },
      { headers: { cookie, 'x-csrf-token': csrfToken } },
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a form-encoded cross-site post outright', async () => {
    const response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%7Blogout%7D',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});
