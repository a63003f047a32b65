import { safeNextPath, signInPath } from './sign-in-paths';

describe('safeNextPath', () => {
  it.each([
    ['/ansatte', '/ansatte'],
    ['/ansatte?sok=Ola&enhet=u1', '/ansatte?sok=Ola&enhet=u1'],
    ['/katalog/abc#niva', '/katalog/abc#niva'],
  ])('keeps the path %p on this site', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'ansatte',
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    'javascript:alert(1)',
    '/logg-inn',
    '/logg-inn?neste=/ansatte',
    '/ansatte\n',
  ])('sends %p home instead', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});

describe('signInPath', () => {
  it('remembers where to return', () => {
    expect(signInPath('/ansatte?sok=Ola')).toBe('/logg-inn?neste=%2Fansatte%3Fsok%3DOla');
  });

  it('needs no parameter for the front page or an unsafe target', () => {
    expect(signInPath()).toBe('/logg-inn');
    expect(signInPath('/')).toBe('/logg-inn');
    expect(signInPath('//evil.example')).toBe('/logg-inn');
  });
});
