import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Request, Response } from 'express';
import { signInKeys, throttleAddress } from '@kp/domain';
import { APP_CONFIG } from '../app-config.provider';
import { AuditService, type SignInMethod } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import type { AppConfig } from '../config';
import { LoginThrottleRepository, type Reservation } from './login-throttle.repository';
import {
  ANONYMOUS,
  CSRF_COOKIE,
  presentedToken,
  RequestAuth,
  SESSION_COOKIE,
} from './request-auth';
import { requestOrigin } from './request-origin';
import type { Actor } from './roles';
import { SessionRepository, type UserCredentials } from './session.repository';
import { hashToken, newToken } from './tokens';

/** Sessions touched less than this long ago are not written again. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SignedIn {
  token: string;
  csrfToken: string;
  actor: Actor;
}

@Injectable()
export class AuthService {
  /** Compared against when the account does not exist, so timing does not tell. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditService,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Password sign-in. The attempt is counted before the password is checked (one locked step
   * in PostgreSQL, see LoginThrottleRepository), so parallel attempts cannot all be checked
   * and a correct password during a wait is refused like any other attempt. Rules and numbers:
   * docs/identity-and-privacy.md.
   */
  async login(email: string, password: string, req: Request, res: Response): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    const origin = requestOrigin(req, ANONYMOUS);
    const address = throttleAddress(req.ip);
    const [user, knownAddress] = await Promise.all([
      this.sessions.findUserByEmail(normalised),
      this.throttle.isKnownAddress(normalised, address),
    ]);
    const keys = signInKeys(normalised, address, knownAddress);
    const reservation = await this.throttle.reserve(keys);
    if (!reservation.allowed) {
      await this.audit.refused(null, origin, {
        action: 'auth.login.throttled',
        reason: 'TOO_MANY_ATTEMPTS',
        operation: 'login',
        entityType: 'user',
        entityId: user?.id ?? null,
        regionId: user?.regionId ?? null,
        typedEmail: normalised,
      });
      throw tooManyAttempts(reservation);
    }
    this.dummyHash ??= AuthService.hashPassword(newToken());
    const hash = user?.passwordHash ?? (await this.dummyHash);
    const valid = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !user.passwordHash || !valid) {
      await this.audit.signInFailed({
        typedEmail: email,
        user,
        reason: failureReason(user),
        origin,
        method: 'password',
      });
      await this.throttle.forgetSpent();
      throw new UserError('INVALID_CREDENTIALS', 'Feil e-postadresse eller passord.');
    }
    await this.throttle.succeeded(keys);
    await this.throttle.rememberAddress(user.id, address);
    const signedIn = await this.startSession(user.id, req, 'password');
    this.setCookies(res, signedIn.token, signedIn.csrfToken);
    return signedIn;
  }

  /** The provider vouched for an address that has no active user here: a failed sign-in. */
  async singleSignOnRefused(email: string, req: Request): Promise<void> {
    const user = await this.sessions.findUserByEmail(email.trim().toLowerCase());
    await this.audit.signInFailed({
      typedEmail: email,
      user,
      reason: user ? 'INACTIVE' : 'UNKNOWN_ACCOUNT',
      origin: requestOrigin(req, ANONYMOUS),
      method: 'oidc',
    });
  }

  /** Also used after single sign-on, where the provider checked the password. */
  async startSession(userId: string, req: Request, method: SignInMethod): Promise<SignedIn> {
    // Sessions past their limits are never used again; a sign-in clears them out.
    await this.sessions.deleteExpired();
    const token = newToken();
    const csrfToken = newToken();
    await this.sessions.create({
      tokenHash: hashToken(token),
      csrfToken,
      userId,
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    });
    const live = await this.sessions.findLive(hashToken(token));
    if (!live) throw new Error('A new session could not be read back');
    const actor = withOrigin(live.actor, live.sessionId, req);
    await this.audit.signedIn(actor, method);
    return { token, csrfToken, actor };
  }

  async logout(auth: RequestAuth, req: Request, res: Response): Promise<void> {
    const presented = presentedToken(req);
    if (presented) await this.sessions.delete(hashToken(presented.token));
    if (auth.actor) await this.audit.signedOut(auth.actor);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  /** Resolves the caller of a request from its bearer token or session cookie. */
  async authenticate(req: Request): Promise<RequestAuth> {
    const presented = presentedToken(req);
    if (!presented) return ANONYMOUS;
    const session = await this.sessions.findLive(hashToken(presented.token));
    if (!session) return ANONYMOUS;
    if (Date.now() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.sessionId);
    }
    return {
      actor: withOrigin(session.actor, session.sessionId, req),
      via: presented.via,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
    };
  }

  setCookies(res: Response, token: string, csrfToken: string): void {
    const common = {
      path: '/',
      sameSite: 'lax' as const,
      secure: this.config.secureCookies,
    };
    res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
    // readable by the web app, which echoes it in the x-csrf-token header
    res.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
  }
}

function withOrigin(actor: Actor, sessionId: string, req: Request): Actor {
  return { ...actor, origin: requestOrigin(req, { sessionId }) };
}

function failureReason(
  user: UserCredentials | null,
): 'WRONG_PASSWORD' | 'UNKNOWN_ACCOUNT' | 'INACTIVE' | 'NO_PASSWORD' {
  if (!user) return 'UNKNOWN_ACCOUNT';
  if (!user.active) return 'INACTIVE';
  if (!user.passwordHash) return 'NO_PASSWORD';
  return 'WRONG_PASSWORD';
}

function tooManyAttempts(reservation: Exclude<Reservation, { allowed: true }>): UserError {
  const wait = waitText(reservation.waitSeconds);
  const fromAddress = reservation.refusedBy.every((kind) => kind === 'address');
  return new UserError(
    'TOO_MANY_ATTEMPTS',
    fromAddress
      ? `For mange mislykkede innlogginger fra denne nettverksadressen. Vent ${wait} og prøv igjen.`
      : `For mange mislykkede innlogginger for denne kontoen. Vent ${wait} og prøv igjen.`,
  );
}

function waitText(seconds: number): string {
  return `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`;
}
