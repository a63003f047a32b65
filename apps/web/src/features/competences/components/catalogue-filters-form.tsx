import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  FiltersForm,
  SelectField,
  SearchField,
  useFilterValues,
  type ChoicesQuery,
} from '@web/shared/forms';
import {
  BUILDING_BLOCKS,
  EMPTY_CATALOGUE_FILTERS,
  type CatalogueFilters,
} from '../utils/catalogue-filters';

interface CatalogueFiltersFormProps {
  initial: CatalogueFilters;
  areas: readonly string[];
  tags: readonly string[];
  /** The queries the areas and tags come from: their loading and error states show. */
  choicesFrom?: { areas: ChoicesQuery; tags: ChoicesQuery };
  onApply: (filters: CatalogueFilters) => void;
}

export function CatalogueFiltersForm({
  initial,
  areas,
  tags,
  choicesFrom,
  onApply,
}: CatalogueFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { values, set, apply, reset } = useFilterValues(initial, {
    empty: EMPTY_CATALOGUE_FILTERS,
    onApply,
  });

  return (
    <FiltersForm
      label={t('catalogue.filters.label')}
      applyLabel={t('catalogue.filters.apply')}
      onApply={apply}
      reset={{ label: t('catalogue.filters.reset'), onReset: reset }}
      checks={
        <div className="filters__checks">
          <CheckboxField
            id={`${id}-inactive`}
            label={t('catalogue.filters.includeInactive')}
            checked={values.includeInactive}
            onChange={(checked) => set('includeInactive', checked)}
          />
        </div>
      }
    >
      <SearchField
        id={`${id}-search`}
        label={t('catalogue.filters.search')}
        value={values.search}
        onChange={(search) => set('search', search)}
      />
      <SelectField
        id={`${id}-area`}
        label={t('catalogue.filters.area')}
        name="omrade"
        value={values.area}
        onChange={(area) => set('area', area)}
        placeholder={t('catalogue.filters.allAreas')}
        options={areas.map((area) => ({ value: area, label: area }))}
        choices={choicesFrom?.areas}
      />
      <SelectField
        id={`${id}-tag`}
        label={t('catalogue.filters.tag')}
        name="merke"
        value={values.tag}
        onChange={(tag) => set('tag', tag)}
        placeholder={t('catalogue.filters.allTags')}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        choices={choicesFrom?.tags}
      />
      <SelectField
        id={`${id}-block`}
        label={t('catalogue.filters.buildingBlock')}
        name="byggestein"
        value={values.buildingBlock}
        onChange={(block) => set('buildingBlock', block as CatalogueFilters['buildingBlock'])}
        placeholder={t('catalogue.filters.allBuildingBlocks')}
        options={BUILDING_BLOCKS.map((block) => ({
          value: block,
          label: t(`people.buildingBlock.${block}`),
        }))}
      />
    </FiltersForm>
  );
}
