import { unitMatcher } from './unit-matcher';

const AREA = { id: 'a', name: 'Helse og omsorg', path: ['a'] };
const HOV = { id: 'h', name: 'Hov sykehjem', path: ['a', 'h'] };
const HOV_SHORT = { id: 'hk', name: 'Korttidsavdeling', path: ['a', 'h', 'hk'] };
const HOME = { id: 't', name: 'Hjemmetjenesten', path: ['a', 't'] };
const HOME_SHORT = { id: 'tk', name: 'Korttidsavdeling', path: ['a', 't', 'tk'] };
const UNITS = [AREA, HOV, HOV_SHORT, HOME, HOME_SHORT];

describe('unitMatcher', () => {
  it('matches names without regard to case, accents or spacing, and ids', () => {
    const find = unitMatcher(UNITS, null);
    expect(find('HOV  SYKEHJEM')).toEqual({ id: 'h' });
    expect(find('hjemmetjenesten')).toEqual({ id: 't' });
    expect(find('T')).toEqual({ id: 't' });
    expect(find('Lena sykehjem')).toEqual({ problem: 'UNKNOWN' });
  });

  it('calls a name two units share ambiguous', () => {
    expect(unitMatcher(UNITS, null)('Korttidsavdeling')).toEqual({ problem: 'AMBIGUOUS' });
  });

  it('limits an import to a subtree, which also settles shared names', () => {
    const find = unitMatcher(UNITS, 'h');
    expect(find('Korttidsavdeling')).toEqual({ id: 'hk' });
    expect(find('Hov sykehjem')).toEqual({ id: 'h' });
    expect(find('Hjemmetjenesten')).toEqual({ problem: 'OUTSIDE_SCOPE' });
    expect(find('Helse og omsorg')).toEqual({ problem: 'OUTSIDE_SCOPE' });
  });
});
