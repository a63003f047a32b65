import {
  afterSuccess,
  countFailure,
  FRESH_THROTTLE_STATE,
  isSpent,
  reserveAttempt,
  secondsToWait,
  SIGN_IN_RULES,
  signInKeys,
  THROTTLE_FORGET_AFTER_SECONDS,
  throttleAddress,
  type ThrottleRule,
  type ThrottleState,
} from './sign-in-throttle';

const T0 = Date.UTC(2026, 11, 7, 8, 0, 0);
const seconds = (n: number) => n * 1000;
const account = SIGN_IN_RULES.account;
const address = SIGN_IN_RULES.address;

/** n attempts let through at `at`, one after the other, as the locked rows see them. */
function failuresAt(rule: ThrottleRule, n: number, at = T0): ThrottleState {
  let state = FRESH_THROTTLE_STATE;
  for (let i = 0; i < n; i += 1) state = countFailure(rule, state, at);
  return state;
}

/** N attempts arriving together: each sees the ones counted before it (the row lock). */
function burst(rules: ThrottleRule[], n: number, at = T0) {
  let states = rules.map(() => FRESH_THROTTLE_STATE);
  let checked = 0;
  for (let i = 0; i < n; i += 1) {
    const decision = reserveAttempt(
      rules.map((rule, index) => ({ rule, state: states[index] })),
      at,
    );
    if (decision.allowed) {
      checked += 1;
      states = decision.next;
    }
  }
  return { checked, states };
}

describe('sign-in throttling: an account', () => {
  it.each([
    // failures counted → wait before the next attempt
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [9, 480],
    [10, 900],
    [40, 900],
  ])('after %p failures waits %p s', (failures, wait) => {
    expect(secondsToWait(account, failuresAt(account, failures), T0)).toBe(wait);
  });

  it('lets 5 of 40 parallel attempts be checked and refuses the rest without counting them', () => {
    const { checked, states } = burst([account, address], 40);
    expect(checked).toBe(5);
    // refused attempts do not lengthen the wait
    expect(states[0].failures).toBe(5);
    expect(secondsToWait(account, states[0], T0)).toBe(30);
  });

  it('refuses a correct password during the wait like any other attempt', () => {
    const locked = failuresAt(account, 5);
    const decision = reserveAttempt([{ rule: account, state: locked }], T0 + seconds(29));
    expect(decision).toEqual({ allowed: false, waitSeconds: 1, refusedBy: [0] });
    expect(reserveAttempt([{ rule: account, state: locked }], T0 + seconds(30)).allowed).toBe(true);
  });

  it('starts counting again an hour after the last failure, and after a correct password', () => {
    const state = failuresAt(account, 4);
    expect(countFailure(account, state, T0 + seconds(3601)).failures).toBe(1);
    expect(countFailure(account, state, T0 + seconds(3599)).failures).toBe(5);
    expect(afterSuccess(account, failuresAt(account, 9), T0)).toEqual(FRESH_THROTTLE_STATE);
  });

  it('lets at most about 100 guesses a day through once the wait has reached its ceiling', () => {
    let state = FRESH_THROTTLE_STATE;
    let now = T0;
    let checked = 0;
    while (now < T0 + seconds(24 * 3600)) {
      const wait = secondsToWait(account, state, now);
      now += seconds(wait);
      state = countFailure(account, state, now);
      checked += 1;
    }
    expect(checked).toBeLessThanOrEqual(5 + 6 + 96);
  });
});

describe('sign-in throttling: an address', () => {
  it('holds 100 failures, then lets one through every 2 seconds', () => {
    const full = failuresAt(address, 100);
    expect(secondsToWait(address, failuresAt(address, 99), T0)).toBe(0);
    expect(secondsToWait(address, full, T0)).toBe(2);
    expect(secondsToWait(address, full, T0 + seconds(2))).toBe(0);
  });

  it('drains within minutes once a flood stops, so people behind the same address get in', () => {
    const flooded = burst([address], 10_000).states[0];
    expect(secondsToWait(address, flooded, T0)).toBe(2);
    expect(secondsToWait(address, flooded, T0 + seconds(2))).toBe(0);
    expect(isSpent(address, flooded, T0 + seconds(200))).toBe(true);
  });

  it('gives back the attempt of a correct password and keeps the other failures', () => {
    const state = failuresAt(address, 10);
    expect(afterSuccess(address, state, T0).level).toBe(9);
    expect(afterSuccess(address, FRESH_THROTTLE_STATE, T0).level).toBe(0);
  });
});

describe('which keys count an attempt', () => {
  it('counts an account and its address, or only the pair from an address the account knows', () => {
    expect(signInKeys(' Kari@Gjovik.kommune.no ', '10.1.2.3', false).map((k) => k.key)).toEqual([
      'account:kari@gjovik.kommune.no',
      'address:10.1.2.3',
    ]);
    expect(signInKeys('kari@gjovik.kommune.no', '10.1.2.3', true).map((k) => k.key)).toEqual([
      'pair:kari@gjovik.kommune.no 10.1.2.3',
    ]);
  });

  it('keeps a known address open for its account while a flood fills the address bucket', () => {
    const flooded = burst([address], 500).states[0];
    const known = signInKeys('kari@gjovik.kommune.no', '10.1.2.3', true);
    expect(
      reserveAttempt(
        known.map((key) => ({ rule: key.rule, state: FRESH_THROTTLE_STATE })),
        T0,
      ).allowed,
    ).toBe(true);
    expect(secondsToWait(address, flooded, T0)).toBeGreaterThan(0);
  });
});

describe('forgetting', () => {
  it.each([
    ['an account at its longest wait', account, failuresAt(account, 40)],
    ['a full address bucket', address, failuresAt(address, 100)],
  ])('%s says nothing any more after the forget time', (_name, rule, state) => {
    const later = T0 + seconds(THROTTLE_FORGET_AFTER_SECONDS) + 1;
    expect(isSpent(rule, state, later)).toBe(true);
    expect(secondsToWait(rule, state, later)).toBe(0);
  });

  it('does not forget an account that is still waiting', () => {
    expect(isSpent(account, failuresAt(account, 6), T0 + seconds(59))).toBe(false);
  });
});

describe('throttleAddress', () => {
  it.each([
    ['10.0.0.7', '10.0.0.7'],
    ['::ffff:10.0.0.7', '10.0.0.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['not an address', 'not an address'],
  ])('%p → %p', (ip, expected) => {
    expect(throttleAddress(ip)).toBe(expected);
  });

  it('puts every address of one /64 under one key', () => {
    expect(throttleAddress('2001:db8:aa:bb:1::1')).toBe(throttleAddress('2001:db8:aa:bb:ffff::9'));
    expect(throttleAddress('2001:db8:aa:bb::1')).not.toBe(throttleAddress('2001:db8:aa:bc::1'));
  });
});
