import {
  EMPTY_GAP_FILTERS,
  gapFiltersToParams,
  hasNarrowingFilters,
  parseGapFilters,
  toGapFilter,
  withScope,
  type GapViewFilters,
} from './gap-filters';

const params = (query: string) => new URLSearchParams(query);

describe('parseGapFilters', () => {
  it('gives the defaults for an empty address', () => {
    expect(parseGapFilters(params(''))).toEqual(EMPTY_GAP_FILTERS);
  });

  it('reads every filter by its Norwegian name', () => {
    expect(
      parseGapFilters(
        params(
          'kommune=m1&horisont=3-ar&omrade=Demens&fokus=Demensplan+2025&prioritet=viktig,kritisk',
        ),
      ),
    ).toEqual({
      municipalityId: 'm1',
      unitId: '',
      horizon: 'THREE_YEARS',
      area: 'Demens',
      tag: 'Demensplan 2025',
      priorities: ['CRITICAL', 'IMPORTANT'],
    });
  });

  it('ignores an unknown horizon and unknown priorities', () => {
    const filters = parseGapFilters(params('horisont=10-ar&prioritet=hast,onskelig'));
    expect(filters.horizon).toBe('NOW');
    expect(filters.priorities).toEqual(['DESIRABLE']);
  });
});

describe('gapFiltersToParams', () => {
  it('leaves out the defaults', () => {
    expect(gapFiltersToParams(EMPTY_GAP_FILTERS).toString()).toBe('');
  });

  it('keeps only the unit when a unit is chosen', () => {
    const filters = { ...EMPTY_GAP_FILTERS, municipalityId: 'm1', unitId: 'u1' };
    expect(gapFiltersToParams(filters).toString()).toBe('enhet=u1');
  });

  it('drops "every priority", which is the same as none', () => {
    const all: GapViewFilters = {
      ...EMPTY_GAP_FILTERS,
      priorities: ['DESIRABLE', 'CRITICAL', 'IMPORTANT'],
    };
    expect(gapFiltersToParams(all).toString()).toBe('');
  });

  it('survives a round trip through the address', () => {
    const filters: GapViewFilters = {
      municipalityId: 'm2',
      unitId: '',
      horizon: 'ONE_YEAR',
      area: 'Legemiddelhåndtering',
      tag: 'Leve hele livet',
      priorities: ['CRITICAL', 'DESIRABLE'],
    };
    expect(parseGapFilters(gapFiltersToParams(filters))).toEqual(filters);
  });
});

describe('toGapFilter', () => {
  it('asks for every horizon and only the given narrowing filters', () => {
    expect(toGapFilter({ level: 'REGION' }, EMPTY_GAP_FILTERS)).toEqual({
      horizons: ['NOW', 'ONE_YEAR', 'THREE_YEARS'],
    });
  });

  it('passes the scope and the filters', () => {
    const filters: GapViewFilters = {
      ...EMPTY_GAP_FILTERS,
      area: ' Demens ',
      tag: 'Demensplan 2025',
      priorities: ['CRITICAL'],
    };
    expect(
      toGapFilter({ level: 'UNIT', municipalityId: 'm1', unitId: 'u1' }, filters, ['ONE_YEAR']),
    ).toEqual({
      horizons: ['ONE_YEAR'],
      unitId: 'u1',
      area: 'Demens',
      tag: 'Demensplan 2025',
      priorities: ['CRITICAL'],
    });
    expect(toGapFilter({ level: 'MUNICIPALITY', municipalityId: 'm1' }, filters)).toMatchObject({
      municipalityId: 'm1',
    });
  });
});

describe('withScope', () => {
  it('replaces the scope and keeps the other filters', () => {
    const filters: GapViewFilters = { ...EMPTY_GAP_FILTERS, unitId: 'u1', tag: 'x' };
    expect(withScope(filters, { level: 'MUNICIPALITY', municipalityId: 'm1' })).toEqual({
      ...EMPTY_GAP_FILTERS,
      municipalityId: 'm1',
      tag: 'x',
    });
    expect(withScope(filters, { level: 'REGION' })).toEqual({ ...EMPTY_GAP_FILTERS, tag: 'x' });
  });
});

describe('hasNarrowingFilters', () => {
  it('is true only for area, tag or priority', () => {
    expect(hasNarrowingFilters({ ...EMPTY_GAP_FILTERS, unitId: 'u1', horizon: 'ONE_YEAR' })).toBe(
      false,
    );
    expect(hasNarrowingFilters({ ...EMPTY_GAP_FILTERS, priorities: ['CRITICAL'] })).toBe(true);
  });
});
