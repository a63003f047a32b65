import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import * as client from 'openid-client';
import { APP_CONFIG } from '../../app-config.provider';
import type { AppConfig } from '../../config';
import { AuthService, type SignedIn } from '../auth.service';
import { hashToken, newToken, sameSecret } from '../tokens';
import { emailFromClaims } from './email-claim';
import type { OidcConfig } from './oidc.config';
import { OidcFailure } from './oidc-failure';
import { OidcRepository } from './oidc.repository';
import { safeReturnPath } from './return-path';

/** How long a person has at the provider before the flow is forgotten. */
export const OIDC_FLOW_SECONDS = 10 * 60;
export const CALLBACK_PATH = '/auth/oidc/callback';

/** Failed checks of the provider's answer (as opposed to it being unreachable). */
const INVALID_ANSWER = new Set([
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
]);

export interface OidcPublicConfig {
  enabled: boolean;
  label: string | null;
}

export interface OidcStart {
  authorizationUrl: string;
  /** Goes into the browser's kp_oidc cookie; only its hash is stored. */
  binding: string;
}

@Injectable()
export class OidcService {
  private discovered: Promise<client.Configuration> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: OidcRepository,
    private readonly auth: AuthService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  publicConfig(): OidcPublicConfig {
    return { enabled: this.enabled, label: this.config.oidc?.label ?? null };
  }

  /** Authorisation-code flow with PKCE (S256), state and nonce, remembered on the server. */
  async begin(req: Request, returnWish: unknown): Promise<OidcStart> {
    const settings = this.settings();
    const configuration = await this.configuration(settings);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const redirectUri = this.redirectUri(settings, req);
    const binding = newToken();
    await this.repository.savePending(
      hashToken(binding),
      { state, nonce, codeVerifier, redirectUri, returnTo: safeReturnPath(returnWish) },
      OIDC_FLOW_SECONDS,
    );
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, binding };
  }

  /**
   * Checks the provider's answer against the flow this browser began, and
   * signs the matching user in. Users are never created here: who may use the
   * service, and with which roles, is decided in the service itself.
   */
  async complete(
    req: Request,
    binding: string | undefined,
  ): Promise<{ signedIn: SignedIn; returnTo: string }> {
    const settings = this.settings();
    const pending = binding ? await this.repository.takePending(hashToken(binding)) : null;
    if (!pending) {
      throw new OidcFailure(
        'ugyldig',
        'no live flow for this browser (cookie missing, expired or used)',
      );
    }
    const query = new URL(req.originalUrl, 'http://callback.invalid').search;
    const params = new URLSearchParams(query);
    if (!sameSecret(params.get('state') ?? '', pending.state)) {
      throw new OidcFailure('ugyldig', 'the state does not match the flow this browser began');
    }
    const error = params.get('error');
    if (error) {
      const description = params.get('error_description') ?? '';
      throw new OidcFailure(
        error === 'access_denied' ? 'avbrutt' : 'teknisk-feil',
        `the provider answered ${error} ${description}`.trim(),
      );
    }

    const configuration = await this.configuration(settings);
    // The redirect URI sent at the start, whatever proxies did to this request's URL.
    const currentUrl = new URL(pending.redirectUri);
    currentUrl.search = query;
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new OidcFailure('ugyldig', 'the provider sent no ID token');
      claims = { ...idToken };
      // Providers that follow the specification strictly (Feide, oidc-provider)
      // put scope claims such as email only in the UserInfo answer.
      if (!emailFromClaims(claims) && configuration.serverMetadata().userinfo_endpoint) {
        const userInfo = await client.fetchUserInfo(
          configuration,
          tokens.access_token,
          idToken.sub,
        );
        claims = { ...userInfo, ...claims };
      }
    } catch (failure) {
      throw failure instanceof OidcFailure ? failure : classify(failure);
    }

    const email = emailFromClaims(claims);
    if (!email) {
      throw new OidcFailure('mangler-epost', `no e-mail address for subject ${String(claims.sub)}`);
    }
    const user = await this.repository.findUserByEmail(email);
    if (!user || !user.active) await this.auth.singleSignOnRefused(email, req);
    if (!user) throw new OidcFailure('ukjent-bruker', `no user with the e-mail address ${email}`);
    if (!user.active) throw new OidcFailure('deaktivert', `the user ${email} is deactivated`);
    const signedIn = await this.auth.startSession(user.id, req, 'oidc');
    return { signedIn, returnTo: safeReturnPath(pending.returnTo) };
  }

  private settings(): OidcConfig {
    if (!this.config.oidc) throw new Error('Single sign-on is not configured');
    return this.config.oidc;
  }

  /** Discovered once per process; a failed discovery is retried on the next sign-in. */
  private configuration(settings: OidcConfig): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        // a public client authenticates with PKCE alone
        settings.clientSecret ? undefined : client.None(),
        {
          // plain HTTP is only accepted for a provider on this machine (oidc.config.ts)
          execute: settings.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw new OidcFailure(
          'teknisk-feil',
          `discovery at ${settings.issuer.href} failed: ${describe(error)}`,
          { cause: error },
        );
      });
    return this.discovered;
  }

  private redirectUri(settings: OidcConfig, req: Request): string {
    if (settings.redirectUri) return settings.redirectUri;
    const base = this.config.publicUrl ?? `${req.protocol}://${req.host}`;
    return `${base}${CALLBACK_PATH}`;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // the OAuth error code a provider answered with, e.g. invalid_grant
  const code =
    error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError
      ? ` ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`
      : '';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${code}${cause}`;
}

function classify(error: unknown): OidcFailure {
  let reason: OidcFailure['reason'] = 'teknisk-feil';
  if (error instanceof client.ResponseBodyError) {
    // a code that was used, expired or does not fit the PKCE verifier
    if (error.error === 'invalid_grant') reason = 'ugyldig';
  } else if (error instanceof client.AuthorizationResponseError) {
    reason = error.error === 'access_denied' ? 'avbrutt' : 'teknisk-feil';
  } else if (error instanceof client.ClientError && INVALID_ANSWER.has(error.code ?? '')) {
    reason = 'ugyldig';
  }
  return new OidcFailure(reason, `the provider's answer was refused: ${describe(error)}`, {
    cause: error,
  });
}
