import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../../app-config.provider';
import type { AppConfig } from '../../config';
import { AuthService } from '../auth.service';
import { readCookie } from '../request-auth';
import { OidcFailure } from './oidc-failure';
import { OIDC_FLOW_SECONDS, OidcService, type OidcPublicConfig } from './oidc.service';

/** Holds the random value that ties a provider's answer to the browser that asked. */
export const OIDC_FLOW_COOKIE = 'kp_oidc';
const FLOW_COOKIE_PATH = '/auth/oidc';

/**
 * Single sign-on over plain HTTP redirects (the browser navigates; no GraphQL):
 * login → the provider → callback → the page the person came from.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('SSO');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
  ) {}

  /** Public: tells the web app whether to show the button, and its text. */
  @Get('config')
  publicConfig(): OidcPublicConfig {
    return this.oidc.publicConfig();
  }

  @Get('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.refuseWhenOff(res)) return;
    try {
      const start = await this.oidc.begin(req, req.query.neste);
      res.cookie(OIDC_FLOW_COOKIE, start.binding, {
        path: FLOW_COOKIE_PATH,
        httpOnly: true,
        // Lax: sent on the provider's top-level redirect back to the callback
        sameSite: 'lax',
        secure: this.config.secureCookies,
        maxAge: OIDC_FLOW_SECONDS * 1000,
      });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, start.authorizationUrl);
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.refuseWhenOff(res)) return;
    // whatever happens next, the flow is over
    res.clearCookie(OIDC_FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
    try {
      const { signedIn, returnTo } = await this.oidc.complete(
        req,
        readCookie(req, OIDC_FLOW_COOKIE),
      );
      this.auth.setCookies(res, signedIn.token, signedIn.csrfToken);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, returnTo);
    } catch (error) {
      this.fail(res, error);
    }
  }

  /** Without configuration the endpoints do not exist, as far as a browser can tell. */
  private refuseWhenOff(res: Response): boolean {
    if (this.oidc.enabled) return true;
    res.status(404).json({
      code: 'SSO_DISABLED',
      message: 'Innlogging med enkel pålogging er ikke slått på.',
    });
    return false;
  }

  private fail(res: Response, error: unknown): void {
    const failure =
      error instanceof OidcFailure
        ? error
        : new OidcFailure('teknisk-feil', 'unexpected error', { cause: error });
    const cause = failure.cause instanceof Error ? `\n${failure.cause.stack}` : '';
    if (failure.reason === 'teknisk-feil') {
      this.logger.error(`Single sign-on failed (${failure.reason}): ${failure.message}${cause}`);
    } else {
      this.logger.warn(`Single sign-on refused (${failure.reason}): ${failure.message}`);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `/logg-inn?sso=feil&arsak=${failure.reason}`);
  }
}
