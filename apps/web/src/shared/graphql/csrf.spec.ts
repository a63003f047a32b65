import { readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie('a=1; kp_csrf=abc123; b=2', 'kp_csrf')).toBe('abc123');
    expect(readCookie('kp_csrf=abc123', 'kp_csrf')).toBe('abc123');
  });

  it('decodes an encoded value and keeps = inside it', () => {
    expect(readCookie('kp_csrf=a%2Bb%3D; x=y', 'kp_csrf')).toBe('a+b=');
    expect(readCookie('kp_csrf=abc==', 'kp_csrf')).toBe('abc==');
  });

  it('does not match a cookie whose name only ends the same', () => {
    expect(readCookie('xkp_csrf=nope', 'kp_csrf')).toBeNull();
  });

  it('returns null when the cookie is missing', () => {
    expect(readCookie('', 'kp_csrf')).toBeNull();
    expect(readCookie('a=1; broken', 'kp_csrf')).toBeNull();
  });

  it('keeps a value that is not valid percent-encoding as it is', () => {
    expect(readCookie('kp_csrf=%E0%A4%A', 'kp_csrf')).toBe('%E0%A4%A');
  });
});
