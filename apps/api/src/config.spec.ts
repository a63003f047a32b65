import { trustProxySetting } from './config';

describe('trustProxySetting', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
    [' 10.0.0.5 ', '10.0.0.5'],
    ['uniquelocal,fd00::/8', 'uniquelocal, fd00::/8'],
    ['192.168.0.0/255.255.0.0', '192.168.0.0/255.255.0.0'],
  ])('reads %p as %p', (value, expected) => {
    expect(trustProxySetting(value)).toBe(expected);
  });

  // Both make Express believe X-Forwarded-For from whoever connects.
  it.each(['true', '1', ' 2 ', '10.0.0.0/33', 'proxy.example.no', 'loopback, *'])(
    'refuses %p with a message naming what to write instead',
    (value) => {
      expect(() => trustProxySetting(value)).toThrow(
        /^KP_TRUST_PROXY må være adressene eller nettene til proxyene foran tjenesten, for eksempel «loopback» eller «10\.0\.0\.0\/8», ikke «.+»$/,
      );
    },
  );
});
