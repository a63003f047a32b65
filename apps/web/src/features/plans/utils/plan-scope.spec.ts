import { isPlanOf, planFilter, planPlace } from './plan-scope';

const SPRING = { year: 2027, half: 1 as const };

describe('a scope’s plan', () => {
  it('is the region’s programme, a municipality’s plan or a unit’s plan', () => {
    expect(planPlace({ level: 'REGION' })).toEqual({ level: 'REGION' });
    expect(planPlace({ level: 'MUNICIPALITY', municipalityId: 'm1' })).toEqual({
      level: 'MUNICIPALITY',
      municipalityId: 'm1',
    });
    expect(planPlace({ level: 'UNIT', municipalityId: 'm1', unitId: 'u1' })).toEqual({
      level: 'UNIT',
      municipalityId: 'm1',
      unitId: 'u1',
    });
  });

  it('is asked for by level, place and half-year', () => {
    expect(planFilter({ level: 'REGION' }, SPRING)).toEqual({
      level: 'REGION',
      year: 2027,
      half: 1,
    });
    expect(planFilter({ level: 'UNIT', municipalityId: 'm1', unitId: 'u1' }, SPRING)).toEqual({
      level: 'UNIT',
      unitId: 'u1',
      year: 2027,
      half: 1,
    });
  });

  it('is told apart from its sub-units’ plans', () => {
    const scope = { level: 'UNIT', municipalityId: 'm1', unitId: 'u1' } as const;
    expect(isPlanOf({ level: 'UNIT', municipalityId: 'm1', unitId: 'u1' }, scope)).toBe(true);
    expect(isPlanOf({ level: 'UNIT', municipalityId: 'm1', unitId: 'u2' }, scope)).toBe(false);
    expect(isPlanOf({ level: 'MUNICIPALITY', municipalityId: 'm1' }, scope)).toBe(false);
    expect(
      isPlanOf(
        { level: 'MUNICIPALITY', municipalityId: 'm2' },
        {
          level: 'MUNICIPALITY',
          municipalityId: 'm1',
        },
      ),
    ).toBe(false);
  });
});
