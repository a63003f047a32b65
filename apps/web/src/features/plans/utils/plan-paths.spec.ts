import { EMPTY_PLAN_FILTERS, parsePlanFilters } from './plan-filters';
import {
  measurePath,
  newMeasurePath,
  parseMeasureSource,
  plansPath,
  type MeasureSource,
} from './plan-paths';

describe('plan addresses', () => {
  it('carry the scope and the half-year in Norwegian', () => {
    expect(plansPath()).toBe('/planer');
    expect(plansPath({ municipalityId: 'm1', period: { year: 2027, half: 1 } })).toBe(
      '/planer?kommune=m1&halvar=2027-1',
    );
    expect(plansPath({ municipalityId: 'm1', unitId: 'u1', period: null })).toBe(
      '/planer?kommune=m1&enhet=u1',
    );
    expect(measurePath('a b')).toBe('/planer/tiltak/a%20b');
  });

  it.each<MeasureSource>([
    { kind: 'plan', planId: 'p1' },
    { kind: 'gap', requirementId: 'r1', horizon: 'ONE_YEAR' },
    { kind: 'mobilisation', fromRequirementId: 'r1', toRequirementId: 'r2', horizon: 'NOW' },
    { kind: 'certificates', competenceId: 'c1', unitId: 'u1', municipalityId: null },
    { kind: 'certificates', competenceId: 'c1', unitId: null, municipalityId: 'm1' },
    { kind: 'certificates', competenceId: null, unitId: null, municipalityId: null },
  ])('round-trip the source of a new measure: %o', (source) => {
    const path = newMeasurePath(source);
    expect(path.startsWith('/planer/tiltak/ny?fra=')).toBe(true);
    expect(parseMeasureSource(new URLSearchParams(path.split('?')[1]))).toEqual(source);
  });

  it('ignore a source with parts missing', () => {
    expect(parseMeasureSource(new URLSearchParams('fra=gap&krav=r1'))).toBeNull();
    expect(parseMeasureSource(new URLSearchParams('fra=mobilisering&fra-krav=r1'))).toBeNull();
    expect(parseMeasureSource(new URLSearchParams('fra=noe'))).toBeNull();
    expect(parseMeasureSource(new URLSearchParams(''))).toBeNull();
  });
});

describe('plan filters in the address', () => {
  it('read what plansPath wrote, and ignore a malformed half-year', () => {
    const path = plansPath({ municipalityId: 'm1', unitId: 'u1', period: { year: 2026, half: 2 } });
    expect(parsePlanFilters(new URLSearchParams(path.split('?')[1]))).toEqual({
      municipalityId: 'm1',
      unitId: 'u1',
      period: { year: 2026, half: 2 },
    });
    expect(parsePlanFilters(new URLSearchParams('halvar=2026-7'))).toEqual(EMPTY_PLAN_FILTERS);
  });
});
