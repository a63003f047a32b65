import { trustProxySetting } from './config';

describe('trustProxySetting', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
    ['1', 1],
    [' 2 ', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads %p as %p', (value, expected) => {
    expect(trustProxySetting(value)).toBe(expected);
  });
});
