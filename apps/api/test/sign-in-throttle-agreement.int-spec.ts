import { randomUUID } from 'node:crypto';
import {
  afterSuccess,
  createRandom,
  currentState,
  FRESH_THROTTLE_STATE,
  reserveAttempt,
  SIGN_IN_RULES,
  type ThrottleRule,
  type ThrottleState,
} from '@kp/domain';
import { agreementSeeds } from './support/agreement-seeds';
import { closeDb, db } from './support/database';

/**
 * One rule, two implementations: login_throttle_reserve and login_throttle_succeeded (the
 * TruthfulAudit migration) must decide and count exactly as reserveAttempt and afterSuccess in
 * @kp/domain, on random attempts at random moments. More seeds: KP_AGREEMENT_SEEDS="1,2,…".
 */
const SEEDS = agreementSeeds('3,17,29,43,61,97');

afterAll(closeDb);

/** Small numbers, so short runs pass every edge: free attempts, doubling, ceiling, draining. */
const TIGHT: Record<string, ThrottleRule> = {
  account: {
    kind: 'BACKOFF',
    freeFailures: 2,
    firstWaitSeconds: 4,
    windowSeconds: 120,
    maxWaitSeconds: 30,
  },
  address: { kind: 'BUCKET', capacity: 4, drainPerSecond: 0.5 },
};

const T0 = Date.UTC(2026, 11, 7, 8, 0, 0);

interface SqlRow {
  key: string;
  failures: number;
  level: number;
  lastAt: number;
  blocked: number | null;
}

async function sqlStates(keys: string[]): Promise<Map<string, SqlRow>> {
  const { rows } = await db().query(
    `SELECT key, failures, level, (extract(epoch FROM last_failure_at) * 1000)::float8 AS "lastAt",
            (extract(epoch FROM blocked_until) * 1000)::float8 AS blocked
     FROM login_throttle WHERE key = ANY($1::text[])`,
    [keys],
  );
  return new Map(rows.map((row: SqlRow) => [row.key, row]));
}

describe.each(SEEDS)('sign-in throttling in SQL and in @kp/domain, seed %p', (seed) => {
  it.each([
    ['the service’s rules', SIGN_IN_RULES as Record<string, ThrottleRule>],
    ['tight rules', TIGHT],
  ])('agree with %s', async (_name, rules) => {
    const random = createRandom(`${seed}`);
    const run = randomUUID().slice(0, 8);
    const keys = [
      { key: `agree-${run}:account:a`, rule: rules.account },
      { key: `agree-${run}:account:b`, rule: rules.account },
      { key: `agree-${run}:address:x`, rule: rules.address },
      { key: `agree-${run}:address:y`, rule: rules.address },
    ];
    const model = new Map<string, ThrottleState>(keys.map((k) => [k.key, FRESH_THROTTLE_STATE]));
    let now = T0;
    const decisions: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      // mostly close together, sometimes minutes or an hour apart
      now += 1000 * random.pick([0, 0, 1, 2, 3, 5, 8, 20, 45, 130, 700, 3700]);
      const chosen = [random.pick(keys.slice(0, 2)), random.pick(keys.slice(2))].sort((a, b) =>
        a.key.localeCompare(b.key),
      );
      const params = [
        chosen.map((k) => k.key),
        JSON.stringify(chosen.map((k) => k.rule)),
        new Date(now),
      ];
      if (random.next() < 0.15) {
        await db().query(
          'SELECT login_throttle_succeeded($1::text[], $2::jsonb, $3::timestamptz)',
          params,
        );
        for (const k of chosen) model.set(k.key, afterSuccess(k.rule, model.get(k.key)!, now));
        continue;
      }
      const { rows } = await db().query(
        `SELECT allowed, wait_seconds AS "waitSeconds", refused_by AS "refusedBy"
         FROM login_throttle_reserve($1::text[], $2::jsonb, $3::timestamptz)`,
        params,
      );
      const expected = reserveAttempt(
        chosen.map((k) => ({ rule: k.rule, state: model.get(k.key)! })),
        now,
      );
      const sql = rows[0];
      decisions.push(sql.allowed ? 'ok' : `wait ${sql.waitSeconds}`);
      if (expected.allowed) {
        expect({ step, allowed: sql.allowed }).toEqual({ step, allowed: true });
        chosen.forEach((k, index) => model.set(k.key, expected.next[index]));
      } else {
        expect({ step, allowed: sql.allowed, wait: sql.waitSeconds, by: sql.refusedBy }).toEqual({
          step,
          allowed: false,
          wait: expected.waitSeconds,
          by: expected.refusedBy.map((index) => chosen[index].key),
        });
      }
      const stored = await sqlStates(chosen.map((k) => k.key));
      for (const k of chosen) {
        const want = currentState(k.rule, model.get(k.key)!, now);
        const got = stored.get(k.key)!;
        const gotState = currentState(
          k.rule,
          {
            failures: got.failures,
            level: got.level,
            lastAt: got.failures === 0 && got.level === 0 ? null : got.lastAt,
            blockedUntil: got.blocked,
          },
          now,
        );
        expect({ step, key: k.key, failures: gotState.failures }).toEqual({
          step,
          key: k.key,
          failures: want.failures,
        });
        expect(gotState.level).toBeCloseTo(want.level, 6);
        expect(gotState.blockedUntil ?? 0).toBeCloseTo(want.blockedUntil ?? 0, -1);
      }
    }
    // the run really went through refusals as well as attempts let through
    expect(decisions).toContain('ok');
    expect(decisions.some((decision) => decision.startsWith('wait'))).toBe(true);
  });
});
