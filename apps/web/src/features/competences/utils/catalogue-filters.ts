import type { BuildingBlock, CompetenceFilter } from '@web/gql/graphql';

/** Lai's four building blocks, in the order the framework names them. */
export const BUILDING_BLOCKS: readonly BuildingBlock[] = [
  'KNOWLEDGE',
  'SKILLS',
  'ABILITIES',
  'ATTITUDES',
];

export interface CatalogueFilters {
  search: string;
  area: string;
  tag: string;
  /** '' for every building block. */
  buildingBlock: BuildingBlock | '';
  includeInactive: boolean;
}

export const EMPTY_CATALOGUE_FILTERS: CatalogueFilters = {
  search: '',
  area: '',
  tag: '',
  buildingBlock: '',
  includeInactive: false,
};

const PARAM = {
  search: 'sok',
  area: 'omrade',
  tag: 'merke',
  buildingBlock: 'byggestein',
  includeInactive: 'inaktive',
} as const;

/** Query-string values for the building blocks: the Norwegian words (`kunnskaper`). */
const BLOCK_PARAM: Record<BuildingBlock, string> = {
  KNOWLEDGE: 'kunnskaper',
  SKILLS: 'ferdigheter',
  ABILITIES: 'evner',
  ATTITUDES: 'holdninger',
};

export function parseCatalogueFilters(params: URLSearchParams): CatalogueFilters {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const block = text(PARAM.buildingBlock).toLowerCase();
  const buildingBlock = BUILDING_BLOCKS.find((candidate) => BLOCK_PARAM[candidate] === block) ?? '';
  return {
    search: text(PARAM.search),
    area: text(PARAM.area),
    tag: text(PARAM.tag),
    buildingBlock,
    includeInactive: params.get(PARAM.includeInactive) === 'ja',
  };
}

export function catalogueFiltersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set(PARAM.search, filters.search.trim());
  if (filters.area) params.set(PARAM.area, filters.area);
  if (filters.tag) params.set(PARAM.tag, filters.tag);
  if (filters.buildingBlock) params.set(PARAM.buildingBlock, BLOCK_PARAM[filters.buildingBlock]);
  if (filters.includeInactive) params.set(PARAM.includeInactive, 'ja');
  return params;
}

export function toCompetenceFilter(filters: CatalogueFilters): CompetenceFilter {
  const filter: CompetenceFilter = { includeInactive: filters.includeInactive };
  if (filters.search.trim()) filter.search = filters.search.trim();
  if (filters.area) filter.area = filters.area;
  if (filters.tag) filter.tag = filters.tag;
  if (filters.buildingBlock) filter.buildingBlock = filters.buildingBlock;
  return filter;
}

export function hasCatalogueFilters(filters: CatalogueFilters): boolean {
  return catalogueFiltersToParams(filters).toString() !== '';
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Every tag used in the catalogue, once each, in Norwegian order (for the tag filter). */
export function distinctTags(competences: ReadonlyArray<{ tags: readonly string[] }>): string[] {
  const tags = new Map<string, string>();
  for (const competence of competences) {
    for (const tag of competence.tags) {
      const key = tag.trim().toLocaleLowerCase('nb');
      if (key && !tags.has(key)) tags.set(key, tag.trim());
    }
  }
  return [...tags.values()].sort((a, b) => collator.compare(a, b));
}
