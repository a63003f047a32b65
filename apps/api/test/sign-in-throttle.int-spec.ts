import { randomInt, randomUUID } from 'node:crypto';
import { SIGN_IN_RULES } from '@kp/domain';
import { apiUrl, DEMO_PASSWORD } from './support/api-client';
import { startApi, type ApiProcess } from './support/api-process';
import { closeDb, db } from './support/database';
import { userWithDemoPassword } from './support/users';

/**
 * Sign-in throttling under real parallel HTTP requests. A second API process on the test
 * database trusts the loopback proxy, so each test can speak from addresses of its own through
 * X-Forwarded-For (a town hall, an attacker) without disturbing the other test files, which
 * all sign in from 127.0.0.1.
 */
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}`;

let behindProxy: ApiProcess;

beforeAll(async () => {
  behindProxy = await startApi({
    DATABASE_URL: process.env.KP_TEST_DATABASE_URL ?? '',
    KP_TRUST_PROXY: 'loopback',
    NODE_ENV: 'test',
  });
}, 90_000);

afterAll(async () => {
  await behindProxy?.stop();
  await closeDb();
});

interface Answer {
  code: string;
  message: string | null;
  token: string | null;
}

async function login(
  email: string,
  password: string,
  from: string | null,
  baseUrl = behindProxy.url,
): Promise<Answer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(from ? { 'x-forwarded-for': from } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = await response.json();
  return {
    code: body.errors?.[0]?.extensions?.code ?? 'OK',
    message: body.errors?.[0]?.message ?? null,
    token: body.data?.login?.token ?? null,
  };
}

function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of answers) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** An address no other test uses. */
function freshAddress(): string {
  return `10.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;
}

const freshUser = (prefix: string) => userWithDemoPassword(prefix);

describe('one account under a burst of parallel attempts', () => {
  it('checks 5 of 40 parallel wrong passwords and refuses the right one afterwards', async () => {
    const email = await freshUser('burst');
    const from = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(email, `feil-passord-${i}`, from)),
    );
    expect(tally(answers)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 35 });
    const { rows } = await db().query(`SELECT failures FROM login_throttle WHERE key = $1`, [
      `account:${email}`,
    ]);
    expect(rows).toEqual([{ failures: 5 }]);

    const right = await login(email, DEMO_PASSWORD, from);
    expect(right.code).toBe('TOO_MANY_ATTEMPTS');
    expect(right.token).toBeNull();
    expect(right.message).toMatch(
      /^For mange mislykkede innlogginger for denne kontoen\. Vent (2\d|30) sekunder og prøv igjen\.$/,
    );
  });

  it('gives no token to a right password that arrives inside a burst after the free attempts', async () => {
    const email = await freshUser('inside');
    const from = freshAddress();
    await Promise.all(Array.from({ length: 5 }, () => login(email, 'galt', from)));
    const burst = await Promise.all(
      Array.from({ length: 31 }, (_, i) => login(email, i === 20 ? DEMO_PASSWORD : 'galt', from)),
    );
    expect(tally(burst)).toEqual({ TOO_MANY_ATTEMPTS: 31 });
    expect(burst.every((answer) => answer.token === null)).toBe(true);
  });

  it('keeps a person out of reach of a flood from many addresses when they sign in where they usually do', async () => {
    const email = await freshUser('spredt');
    const office = freshAddress();
    expect((await login(email, DEMO_PASSWORD, office)).code).toBe('OK');

    // 30 addresses, one guess each: the account locks for everyone else
    await Promise.all(Array.from({ length: 30 }, () => login(email, 'galt', freshAddress())));
    expect((await login(email, DEMO_PASSWORD, freshAddress())).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(email, DEMO_PASSWORD, office)).code).toBe('OK');
  });
});

describe('a town hall behind one public address', () => {
  it('does not lock out the right people during or after a flood from that address', async () => {
    const townHall = freshAddress();
    const regular = await freshUser('fast');
    const newcomer = await freshUser('ny');
    // someone who has signed in at the town hall before
    expect((await login(regular, DEMO_PASSWORD, townHall)).code).toBe('OK');

    // a flood against 5 accounts, 2 guesses each, all at once: each one counted at the address
    const targets = await Promise.all(Array.from({ length: 5 }, (_, i) => freshUser(`maal${i}`)));
    const floodStarted = Date.now();
    const flood = await Promise.all(
      targets.flatMap((account) => [1, 2].map((n) => login(account, `gjett-${n}`, townHall))),
    );
    expect(tally(flood)).toEqual({ INVALID_CREDENTIALS: 10 });
    const { rows } = await db().query(`SELECT level FROM login_throttle WHERE key = $1`, [
      `address:${townHall}`,
    ]);
    // all ten counted: the bucket holds 10 less what drained while the flood ran (ten password
    // checks at once take seconds on a busy machine)
    const bucket = SIGN_IN_RULES.address;
    if (bucket.kind !== 'BUCKET') throw new Error('the address rule is a draining bucket');
    const drained = ((Date.now() - floodStarted) / 1000) * bucket.drainPerSecond;
    expect(rows[0].level + drained).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(rows[0].level).toBeLessThanOrEqual(10);

    // The flood goes on until the bucket holds its 100 failures. (Filled here rather than with
    // 90 more password checks, which take minutes on a busy test machine.)
    await db().query(
      `UPDATE login_throttle SET level = 100, last_failure_at = clock_timestamp() WHERE key = $1`,
      [`address:${townHall}`],
    );
    const more = await login(`ukjent-${randomUUID().slice(0, 8)}@reks.demo`, 'x', townHall);
    expect(more.code).toBe('TOO_MANY_ATTEMPTS');
    expect(more.message).toMatch(
      /^For mange mislykkede innlogginger fra denne nettverksadressen\. Vent \d+ sekunder? og prøv igjen\.$/,
    );

    // a newcomer from the same address waits briefly, and gets in from anywhere else at once;
    // the regular gets in from the town hall all along
    expect((await login(newcomer, DEMO_PASSWORD, townHall)).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(regular, DEMO_PASSWORD, townHall)).code).toBe('OK');
    expect((await login(newcomer, DEMO_PASSWORD, freshAddress())).code).toBe('OK');

    // once the flood stops, the bucket drains (one failure per 2 s): in within seconds
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const after = await login(newcomer, DEMO_PASSWORD, townHall);
    expect(after.code).toBe('OK');
    expect(after.token).toMatch(/^[\w-]{40,}$/);
  }, 60_000);
});

describe('forwarded addresses', () => {
  async function recordedAddress(typedEmail: string): Promise<string | null> {
    const { rows } = await db().query(
      `SELECT address FROM audit_log WHERE action = 'auth.login.failed' AND actor_email = $1`,
      [typedEmail],
    );
    expect(rows).toHaveLength(1);
    return rows[0].address;
  }

  it('are believed from a trusted proxy', async () => {
    const email = `proxy-${randomUUID().slice(0, 8)}@reks.demo`;
    await login(email, 'galt', '203.0.113.9');
    expect(await recordedAddress(email)).toBe('203.0.113.9');
  });

  it('are ignored from anyone else: the address is the one that connected', async () => {
    const email = `direkte-${randomUUID().slice(0, 8)}@reks.demo`;
    await login(email, 'galt', '203.0.113.10', apiUrl());
    expect(await recordedAddress(email)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
