import { acceptsEncoding } from './serve-web-app';

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br', true],
    ['gzip, deflate, br, zstd', 'gzip', true],
    ['br;q=0, gzip', 'br', false],
    ['BR;Q=0.5', 'br', true],
    ['identity', 'br', false],
    [undefined, 'gzip', false],
    ['', 'gzip', false],
    ['brotli', 'br', false],
  ])('%p accepts %p: %p', (header, encoding, expected) => {
    expect(acceptsEncoding(header, encoding)).toBe(expected);
  });
});
