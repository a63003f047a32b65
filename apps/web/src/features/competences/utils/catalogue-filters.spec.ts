import {
  catalogueFiltersToParams,
  distinctTags,
  EMPTY_CATALOGUE_FILTERS,
  hasCatalogueFilters,
  parseCatalogueFilters,
  toCompetenceFilter,
  type CatalogueFilters,
} from './catalogue-filters';

const ALL: CatalogueFilters = {
  search: 'demens',
  area: 'Eldreomsorg',
  tag: 'Demensplan',
  buildingBlock: 'SKILLS',
  includeInactive: true,
};

describe('catalogue filters in the address', () => {
  it('round-trips with Norwegian names and values', () => {
    const params = catalogueFiltersToParams(ALL);
    expect(params.toString()).toBe(
      'sok=demens&omrade=Eldreomsorg&merke=Demensplan&byggestein=ferdigheter&inaktive=ja',
    );
    expect(parseCatalogueFilters(params)).toEqual(ALL);
  });

  it('leaves defaults out and ignores an unknown building block', () => {
    expect(catalogueFiltersToParams(EMPTY_CATALOGUE_FILTERS).toString()).toBe('');
    expect(hasCatalogueFilters(EMPTY_CATALOGUE_FILTERS)).toBe(false);
    expect(parseCatalogueFilters(new URLSearchParams('byggestein=SKILLS'))).toEqual(
      EMPTY_CATALOGUE_FILTERS,
    );
  });
});

describe('toCompetenceFilter', () => {
  it('sends only what is chosen', () => {
    expect(toCompetenceFilter(EMPTY_CATALOGUE_FILTERS)).toEqual({ includeInactive: false });
    expect(toCompetenceFilter(ALL)).toEqual({
      search: 'demens',
      area: 'Eldreomsorg',
      tag: 'Demensplan',
      buildingBlock: 'SKILLS',
      includeInactive: true,
    });
  });
});

describe('distinctTags', () => {
  it('lists each tag once, whatever its case, in Norwegian order', () => {
    expect(
      distinctTags([
        { tags: ['Velferdsteknologi', 'Demensplan'] },
        { tags: ['demensplan ', 'Kompetanseløft 2025'] },
        { tags: [] },
        { tags: ['Åpen omsorg', ' '] },
      ]),
    ).toEqual(['Demensplan', 'Kompetanseløft 2025', 'Velferdsteknologi', 'Åpen omsorg']);
  });
});
