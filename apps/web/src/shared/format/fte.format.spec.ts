import { formatFte } from './fte.format';

const NBSP = '\u00a0';

describe('formatFte', () => {
  it.each([
    [100, `100${NBSP}%`],
    [80, `80${NBSP}%`],
    [0, `0${NBSP}%`],
    [50.5, `50,5${NBSP}%`],
    [33.33, `33,33${NBSP}%`],
    [33.333, `33,33${NBSP}%`],
    [12.345, `12,35${NBSP}%`],
    [20.1, `20,1${NBSP}%`],
    [99.999, `100${NBSP}%`],
  ])('formats %p as %p', (value, expected) => {
    expect(formatFte(value)).toBe(expected);
  });

  it.each([null, undefined, Number.NaN])('shows a dash for %p', (value) => {
    expect(formatFte(value)).toBe('–');
  });
});
