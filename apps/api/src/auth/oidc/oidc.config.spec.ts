import { DEFAULT_OIDC_LABEL, loadOidcConfig } from './oidc.config';

const ENTRA = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0';

describe('loadOidcConfig', () => {
  it('is off without KP_OIDC_ISSUER', () => {
    expect(loadOidcConfig({ KP_OIDC_CLIENT_ID: 'abc' })).toBeUndefined();
    expect(loadOidcConfig({ KP_OIDC_ISSUER: ' ' })).toBeUndefined();
  });

  it('reads a full configuration', () => {
    const config = loadOidcConfig({
      KP_OIDC_ISSUER: ENTRA,
      KP_OIDC_CLIENT_ID: 'klient',
      KP_OIDC_CLIENT_SECRET: 'hemmelig',
      KP_OIDC_REDIRECT_URI: 'https://kompetanse.gjovik.kommune.no/auth/oidc/callback',
      KP_OIDC_SCOPES: 'openid email',
      KP_OIDC_LABEL: 'Logg inn med Entra ID',
    });
    expect(config).toEqual({
      issuer: new URL(ENTRA),
      clientId: 'klient',
      clientSecret: 'hemmelig',
      redirectUri: 'https://kompetanse.gjovik.kommune.no/auth/oidc/callback',
      scopes: 'openid email',
      label: 'Logg inn med Entra ID',
    });
  });

  it('fills in defaults for a public client', () => {
    expect(loadOidcConfig({ KP_OIDC_ISSUER: ENTRA, KP_OIDC_CLIENT_ID: 'klient' })).toEqual({
      issuer: new URL(ENTRA),
      clientId: 'klient',
      clientSecret: undefined,
      redirectUri: undefined,
      scopes: 'openid email profile',
      label: DEFAULT_OIDC_LABEL,
    });
  });

  it('always asks for the openid scope', () => {
    const config = loadOidcConfig({
      KP_OIDC_ISSUER: ENTRA,
      KP_OIDC_CLIENT_ID: 'klient',
      KP_OIDC_SCOPES: 'email  profile',
    });
    expect(config?.scopes).toBe('openid email profile');
  });

  it('accepts plain HTTP only for a provider on this machine', () => {
    expect(
      loadOidcConfig({ KP_OIDC_ISSUER: 'http://127.0.0.1:4000', KP_OIDC_CLIENT_ID: 'x' })?.issuer
        .href,
    ).toBe('http://127.0.0.1:4000/');
    expect(() =>
      loadOidcConfig({ KP_OIDC_ISSUER: 'http://idp.example.no', KP_OIDC_CLIENT_ID: 'x' }),
    ).toThrow('KP_OIDC_ISSUER må bruke https');
  });

  it.each([
    ['no client id', { KP_OIDC_ISSUER: ENTRA }, 'KP_OIDC_CLIENT_ID må være satt'],
    [
      'an issuer that is not a URL',
      { KP_OIDC_ISSUER: 'entra', KP_OIDC_CLIENT_ID: 'x' },
      'fullstendig adresse (URL)',
    ],
    [
      'a relative redirect URI',
      {
        KP_OIDC_ISSUER: ENTRA,
        KP_OIDC_CLIENT_ID: 'x',
        KP_OIDC_REDIRECT_URI: '/auth/oidc/callback',
      },
      'KP_OIDC_REDIRECT_URI må være en fullstendig adresse',
    ],
  ])('stops start-up on %s', (_case, env, message) => {
    expect(() => loadOidcConfig(env)).toThrow(message);
  });
});
