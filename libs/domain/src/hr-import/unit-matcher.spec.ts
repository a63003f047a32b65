import type { UnitMatch } from './employee-row';
import { unitMatcher } from './unit-matcher';

const AREA = { id: 'a', name: 'Helse og omsorg', path: ['a'] };
const HOV = { id: 'h', name: 'Hov sykehjem', path: ['a', 'h'] };
const HOV_SHORT = { id: 'hk', name: 'Korttidsavdeling', path: ['a', 'h', 'hk'] };
const HOME = { id: 't', name: 'Hjemmetjenesten', path: ['a', 't'] };
const HOME_SHORT = { id: 'tk', name: 'Korttidsavdeling', path: ['a', 't', 'tk'] };
const UNITS = [AREA, HOV, HOV_SHORT, HOME, HOME_SHORT];

describe('unitMatcher', () => {
  it.each<[string, string | null, string, UnitMatch]>([
    ['a name in other case and spacing', null, 'HOV  SYKEHJEM', { id: 'h' }],
    ['a name in lower case', null, 'hjemmetjenesten', { id: 't' }],
    ['an id', null, 'T', { id: 't' }],
    ['an unknown name', null, 'Lena sykehjem', { problem: 'UNKNOWN' }],
    ['a name two units share', null, 'Korttidsavdeling', { problem: 'AMBIGUOUS' }],
    ['a shared name within the subtree', 'h', 'Korttidsavdeling', { id: 'hk' }],
    ["the subtree's own unit", 'h', 'Hov sykehjem', { id: 'h' }],
    ['a unit beside the subtree', 'h', 'Hjemmetjenesten', { problem: 'OUTSIDE_SCOPE' }],
    ['a unit above the subtree', 'h', 'Helse og omsorg', { problem: 'OUTSIDE_SCOPE' }],
    ['an unknown name within a subtree', 'h', 'Lena sykehjem', { problem: 'UNKNOWN' }],
  ])('%s (limited to %s): «%s» → %j', (_label, scope, name, match) => {
    expect(unitMatcher(UNITS, scope)(name)).toEqual(match);
  });
});
