/**
 * Sign-in throttling as plain rules (docs/identity-and-privacy.md, "Failed sign-ins"). The API
 * keeps one state per key in PostgreSQL, locks the rows of an attempt's keys, asks
 * `reserveAttempt` whether the attempt may go ahead and stores what it returns, all before the
 * password is checked. An attempt is counted as failed when it is let through; a correct
 * password then gives the count back (`afterSuccess`). So N parallel attempts can never all be
 * checked: each sees the ones reserved before it.
 *
 * Two kinds of limit:
 * - BACKOFF (an account, or an account from an address it has signed in from before): a few
 *   free failures, then a wait that doubles per failure up to a ceiling. Strong, because it
 *   guards one person's password.
 * - BUCKET (an address): failures fill a bucket that drains at a steady rate. Soft, because a
 *   whole town hall may share one public address: the bucket only stops a flood, and drains
 *   within seconds once the flood stops.
 */

export type ThrottleRule =
  | {
      kind: 'BACKOFF';
      /** Failures within the window that cost no wait. */
      freeFailures: number;
      /** The wait after the last free failure; it doubles with every failure after that. */
      firstWaitSeconds: number;
      /** The count starts again when the last failure is older than this. */
      windowSeconds: number;
      maxWaitSeconds: number;
    }
  | {
      kind: 'BUCKET';
      /** Failures the bucket holds before attempts are refused. */
      capacity: number;
      drainPerSecond: number;
    };

export interface ThrottleState {
  /** BACKOFF: failures counted in the current window. */
  failures: number;
  /** BUCKET: failures held (drains over time). */
  level: number;
  /** When the state last changed (ms since the epoch); null for a key never seen. */
  lastAt: number | null;
  /** BACKOFF: no attempt before this moment (ms), or null. */
  blockedUntil: number | null;
}

export const FRESH_THROTTLE_STATE: ThrottleState = {
  failures: 0,
  level: 0,
  lastAt: null,
  blockedUntil: null,
};

export type SignInKeyKind = 'account' | 'pair' | 'address';

/** The numbers, with their reasons, are in docs/identity-and-privacy.md. */
export const SIGN_IN_RULES: Record<SignInKeyKind, ThrottleRule> = {
  account: {
    kind: 'BACKOFF',
    freeFailures: 5,
    firstWaitSeconds: 30,
    windowSeconds: 3600,
    maxWaitSeconds: 900,
  },
  pair: {
    kind: 'BACKOFF',
    freeFailures: 5,
    firstWaitSeconds: 30,
    windowSeconds: 3600,
    maxWaitSeconds: 900,
  },
  address: { kind: 'BUCKET', capacity: 100, drainPerSecond: 0.5 },
};

/** How long a successful sign-in makes an address "known" for that account. */
export const KNOWN_ADDRESS_DAYS = 30;

export interface SignInKey {
  kind: SignInKeyKind;
  key: string;
  rule: ThrottleRule;
}

/**
 * The keys one attempt is counted under. From an address the account has signed in from
 * before (within KNOWN_ADDRESS_DAYS), only that account-and-address pair counts: a flood
 * from elsewhere (or from the same address against other accounts) cannot lock the person
 * out. From any other address, the account and the address both count.
 */
export function signInKeys(email: string, addressKey: string, knownAddress: boolean): SignInKey[] {
  const account = email.trim().toLowerCase();
  if (knownAddress) {
    return [{ kind: 'pair', key: `pair:${account} ${addressKey}`, rule: SIGN_IN_RULES.pair }];
  }
  return [
    { kind: 'account', key: `account:${account}`, rule: SIGN_IN_RULES.account },
    { kind: 'address', key: `address:${addressKey}`, rule: SIGN_IN_RULES.address },
  ];
}

function backoffWaitMs(rule: Extract<ThrottleRule, { kind: 'BACKOFF' }>, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = failures - rule.freeFailures;
  return Math.min(rule.maxWaitSeconds, rule.firstWaitSeconds * 2 ** doublings) * 1000;
}

/** The state as it stands at `now`: expired windows reset, buckets drained. */
export function currentState(rule: ThrottleRule, state: ThrottleState, now: number): ThrottleState {
  if (state.lastAt === null) return FRESH_THROTTLE_STATE;
  const elapsed = Math.max(0, now - state.lastAt);
  if (rule.kind === 'BUCKET') {
    return { ...state, level: Math.max(0, state.level - (elapsed / 1000) * rule.drainPerSecond) };
  }
  const blocked = state.blockedUntil !== null && state.blockedUntil > now;
  if (!blocked && elapsed > rule.windowSeconds * 1000) return FRESH_THROTTLE_STATE;
  return state;
}

/** Whole seconds the key still makes an attempt wait at `now` (0: it may go ahead). */
export function secondsToWait(rule: ThrottleRule, state: ThrottleState, now: number): number {
  const current = currentState(rule, state, now);
  if (rule.kind === 'BUCKET') {
    const over = current.level + 1 - rule.capacity;
    return over <= 0 ? 0 : Math.ceil(over / rule.drainPerSecond);
  }
  return current.blockedUntil !== null && current.blockedUntil > now
    ? Math.ceil((current.blockedUntil - now) / 1000)
    : 0;
}

/** Counts one attempt as failed (it is given back if the password was right). */
export function countFailure(rule: ThrottleRule, state: ThrottleState, now: number): ThrottleState {
  const current = currentState(rule, state, now);
  if (rule.kind === 'BUCKET') {
    return { ...current, level: current.level + 1, lastAt: now };
  }
  const failures = current.failures + 1;
  const wait = backoffWaitMs(rule, failures);
  return { ...current, failures, lastAt: now, blockedUntil: wait > 0 ? now + wait : null };
}

export type AttemptDecision =
  | { allowed: true; next: ThrottleState[] }
  | { allowed: false; waitSeconds: number; refusedBy: number[] };

/**
 * Whether an attempt counted under these keys may be checked now. Let through: every key
 * counts it as a failure (the new states, in order). Refused: nothing changes, so refused
 * attempts cannot lengthen anyone's wait; `waitSeconds` is the longest wait.
 */
export function reserveAttempt(
  keys: ReadonlyArray<{ rule: ThrottleRule; state: ThrottleState }>,
  now: number,
): AttemptDecision {
  const waits = keys.map(({ rule, state }) => secondsToWait(rule, state, now));
  const waitSeconds = Math.max(0, ...waits);
  if (waitSeconds > 0) {
    return {
      allowed: false,
      waitSeconds,
      refusedBy: waits.flatMap((wait, index) => (wait > 0 ? [index] : [])),
    };
  }
  return { allowed: true, next: keys.map(({ rule, state }) => countFailure(rule, state, now)) };
}

/**
 * After a correct password: an account's (or pair's) count starts again; an address gets
 * back the one failure the attempt had reserved, and keeps the others.
 */
export function afterSuccess(rule: ThrottleRule, state: ThrottleState, now: number): ThrottleState {
  if (rule.kind === 'BACKOFF') return FRESH_THROTTLE_STATE;
  const current = currentState(rule, state, now);
  return { ...current, level: Math.max(0, current.level - 1), lastAt: now };
}

/**
 * A key whose last change is older than this (and that blocks nobody) says nothing any more:
 * every window has ended and every bucket has drained (a test holds the rules to that). The
 * API deletes such rows, so unknown addresses and typed e-mails cannot grow the table.
 */
export const THROTTLE_FORGET_AFTER_SECONDS = 3600;

/** Whether a state says nothing any more and its row can go. */
export function isSpent(rule: ThrottleRule, state: ThrottleState, now: number): boolean {
  const current = currentState(rule, state, now);
  return rule.kind === 'BUCKET' ? current.level === 0 : current.failures === 0;
}

/**
 * The address an attempt is counted under: an IPv4 address as it is (an IPv4-mapped IPv6
 * address as its IPv4 form), an IPv6 address as its /64 network, because one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address per attempt.
 */
export function throttleAddress(ip: string | null | undefined): string {
  const text = (ip ?? '').trim().replace(/%.*$/, '').toLowerCase();
  if (text === '') return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped) return mapped[1];
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text;
  const hextets = expandIpv6(text);
  if (!hextets) return text.slice(0, 64);
  return `${hextets.slice(0, 4).join(':')}::/64`;
}

/** The eight hextets of an IPv6 address (without leading zeros), or null if it is not one. */
function expandIpv6(text: string): string[] | null {
  if (!/^[0-9a-f:.]+$/.test(text)) return null;
  let address = text;
  // an IPv4 tail stands for the last two hextets
  const tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    if ([a, b, c, d].some((part) => part > 255)) return null;
    address = `${address.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [
    ...head,
    ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'),
    ...rest,
  ];
  if (all.some((part) => !/^[0-9a-f]{1,4}$/.test(part))) return null;
  return all.map((part) => part.replace(/^0+(?=.)/, ''));
}
