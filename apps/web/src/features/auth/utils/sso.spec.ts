import { parseOidcConfig, ssoFailureKey, ssoLoginPath } from './sso';

describe('ssoFailureKey', () => {
  it.each([
    ['ukjent-bruker', 'signIn.sso.failure.unknownUser'],
    ['deaktivert', 'signIn.sso.failure.deactivated'],
    ['mangler-epost', 'signIn.sso.failure.missingEmail'],
    ['avbrutt', 'signIn.sso.failure.cancelled'],
    ['ugyldig', 'signIn.sso.failure.invalid'],
    ['teknisk-feil', 'signIn.sso.failure.technical'],
  ])('explains arsak=%s', (reason, key) => {
    expect(ssoFailureKey(new URLSearchParams({ sso: 'feil', arsak: reason }))).toBe(key);
  });

  it.each([['noe-nytt'], [''], ['constructor'], ['toString']])(
    'still reports a failure with an unknown reason %p',
    (reason) => {
      expect(ssoFailureKey(new URLSearchParams({ sso: 'feil', arsak: reason }))).toBe(
        'signIn.sso.failure.other',
      );
    },
  );

  it('reports a failure without any reason', () => {
    expect(ssoFailureKey(new URLSearchParams('sso=feil'))).toBe('signIn.sso.failure.other');
  });

  it.each([[''], ['neste=/ansatte'], ['arsak=avbrutt'], ['sso=ok&arsak=avbrutt']])(
    'says nothing for %p',
    (query) => {
      expect(ssoFailureKey(new URLSearchParams(query))).toBeNull();
    },
  );
});

describe('ssoLoginPath', () => {
  it('returns to the page the user wanted', () => {
    expect(ssoLoginPath('/ansatte?sok=Ola')).toBe('/auth/oidc/login?neste=%2Fansatte%3Fsok%3DOla');
  });

  it('sends unsafe targets home', () => {
    expect(ssoLoginPath('https://evil.example/')).toBe('/auth/oidc/login?neste=%2F');
    expect(ssoLoginPath('//evil.example')).toBe('/auth/oidc/login?neste=%2F');
  });
});

describe('parseOidcConfig', () => {
  it('offers the button with the configured text', () => {
    expect(parseOidcConfig({ enabled: true, label: ' Logg inn med Entra ID ' })).toEqual({
      enabled: true,
      label: 'Logg inn med Entra ID',
    });
  });

  it('falls back to the default text without a label', () => {
    expect(parseOidcConfig({ enabled: true, label: null })).toEqual({ enabled: true, label: null });
    expect(parseOidcConfig({ enabled: true, label: '  ' })).toEqual({ enabled: true, label: null });
  });

  it.each([
    [{ enabled: false, label: null }],
    [{ enabled: 'true', label: 'x' }],
    [null],
    ['<!doctype html>'],
    [[]],
  ])('offers no button for %p', (body) => {
    expect(parseOidcConfig(body)).toEqual({ enabled: false, label: null });
  });
});
