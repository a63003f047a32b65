import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/ansatte', '/ansatte'],
    ['/ansatte/42?fane=kompetanse#vurdering', '/ansatte/42?fane=kompetanse#vurdering'],
    ['/planer/../innstillinger', '/innstillinger'],
    ['/s%C3%B8k?q=%C3%A6', '/s%C3%B8k?q=%C3%A6'],
  ])('keeps the same-site path %s', (wish, expected) => {
    expect(safeReturnPath(wish)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://angriper.example/'],
    ['a protocol-relative URL', '//angriper.example/sti'],
    ['a backslash that browsers read as a slash', '/\\angriper.example'],
    ['a relative path without a leading slash', 'ansatte'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab hidden in the host part', '/\t/angriper.example'],
    ['nothing', undefined],
    ['an array from a repeated parameter', ['/a', '/b']],
    ['an overlong path', `/${'a'.repeat(2001)}`],
  ])('answers / for %s', (_case, wish) => {
    expect(safeReturnPath(wish)).toBe('/');
  });
});
