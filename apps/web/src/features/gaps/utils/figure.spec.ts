import { anyRounded, hiddenReasons, isHidden, visibleValue } from './figure';

const shown = (value: number | null) => ({ value, suppressed: false, reason: null });
const hidden = (reason: string) => ({ value: null, suppressed: true, reason });

describe('figures', () => {
  it('gives the value only when shown', () => {
    expect(visibleValue(shown(0))).toBe(0);
    expect(visibleValue(shown(3.5))).toBe(3.5);
    expect(visibleValue({ value: 4, suppressed: true, reason: 'x' })).toBeNull();
    expect(visibleValue(null)).toBeNull();
    expect(isHidden(hidden('x'))).toBe(true);
    expect(isHidden(shown(0))).toBe(false);
  });

  it('tells whether any figure is rounded', () => {
    expect(anyRounded([shown(5), { ...shown(10), rounded: true }, null])).toBe(true);
    expect(anyRounded([shown(5), { ...shown(3), rounded: false }])).toBe(false);
    expect(anyRounded([])).toBe(false);
  });

  it('lists each reason for hidden figures once', () => {
    expect(
      hiddenReasons([
        shown(1),
        hidden('Skjult: færre enn 5 personer'),
        hidden('Skjult: kunne ellers regnes ut fra summen'),
        hidden('Skjult: færre enn 5 personer'),
        null,
      ]),
    ).toEqual(['Skjult: færre enn 5 personer', 'Skjult: kunne ellers regnes ut fra summen']);
  });
});
