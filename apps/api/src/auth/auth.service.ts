import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../app-config.provider';
import { UserError } from '../common/errors/user-error';
import type { AppConfig } from '../config';
import { FREE_FAILURES, LoginThrottleRepository } from './login-throttle.repository';
import {
  ANONYMOUS,
  CSRF_COOKIE,
  presentedToken,
  RequestAuth,
  SESSION_COOKIE,
} from './request-auth';
import type { Actor } from './roles';
import { SessionRepository } from './session.repository';
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
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(email: string, password: string, req: Request, res: Response): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    const account = `account:${normalised}`;
    const address = `address:${req.ip ?? 'unknown'}`;
    const keys = [account, address];
    const wait = await this.throttle.secondsToWait(keys);
    if (wait > 0) {
      throw new UserError(
        'TOO_MANY_ATTEMPTS',
        `For mange mislykkede innlogginger. Vent ${wait} sekunder og prøv igjen.`,
      );
    }
    const user = await this.sessions.findUserByEmail(normalised);
    this.dummyHash ??= AuthService.hashPassword(newToken());
    const hash = user?.passwordHash ?? (await this.dummyHash);
    const valid = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !user.passwordHash || !valid) {
      await this.throttle.recordFailure(account, FREE_FAILURES.account);
      await this.throttle.recordFailure(address, FREE_FAILURES.address);
      throw new UserError('INVALID_CREDENTIALS', 'Feil e-postadresse eller passord.');
    }
    await this.throttle.clear([account]);
    const signedIn = await this.startSession(user.id, req);
    this.setCookies(res, signedIn.token, signedIn.csrfToken);
    return signedIn;
  }

  /** Also used after single sign-on, where the provider checked the password. */
  async startSession(userId: string, req: Request): Promise<SignedIn> {
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
    return { token, csrfToken, actor: live.actor };
  }

  async logout(req: Request, res: Response): Promise<void> {
    const presented = presentedToken(req);
    if (presented) await this.sessions.delete(hashToken(presented.token));
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
      actor: session.actor,
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
