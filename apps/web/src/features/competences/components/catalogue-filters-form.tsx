import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import {
  BUILDING_BLOCKS,
  EMPTY_CATALOGUE_FILTERS,
  type CatalogueFilters,
} from '../utils/catalogue-filters';

interface CatalogueFiltersFormProps {
  initial: CatalogueFilters;
  areas: readonly string[];
  tags: readonly string[];
  onApply: (filters: CatalogueFilters) => void;
}

export function CatalogueFiltersForm({ initial, areas, tags, onApply }: CatalogueFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof CatalogueFilters>(key: K, value: CatalogueFilters[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form
      role="search"
      className="filters panel"
      aria-label={t('catalogue.filters.label')}
      onSubmit={onSubmit}
    >
      <div className="filters__grid">
        <Field id={`${id}-search`} label={t('catalogue.filters.search')} className="filters__wide">
          {(control) => (
            <input
              {...control}
              type="search"
              name="sok"
              autoComplete="off"
              value={values.search}
              onChange={(event) => set('search', event.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-area`} label={t('catalogue.filters.area')}>
          {(control) => (
            <select
              {...control}
              name="omrade"
              value={values.area}
              onChange={(event) => set('area', event.target.value)}
            >
              <option value="">{t('catalogue.filters.allAreas')}</option>
              {areas.map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-tag`} label={t('catalogue.filters.tag')}>
          {(control) => (
            <select
              {...control}
              name="merke"
              value={values.tag}
              onChange={(event) => set('tag', event.target.value)}
            >
              <option value="">{t('catalogue.filters.allTags')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-block`} label={t('catalogue.filters.buildingBlock')}>
          {(control) => (
            <select
              {...control}
              name="byggestein"
              value={values.buildingBlock}
              onChange={(event) =>
                set('buildingBlock', event.target.value as CatalogueFilters['buildingBlock'])
              }
            >
              <option value="">{t('catalogue.filters.allBuildingBlocks')}</option>
              {BUILDING_BLOCKS.map((block) => (
                <option key={block} value={block}>
                  {t(`people.buildingBlock.${block}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="filters__checks">
        <div className="check">
          <input
            id={`${id}-inactive`}
            type="checkbox"
            checked={values.includeInactive}
            onChange={(event) => set('includeInactive', event.target.checked)}
          />
          <label htmlFor={`${id}-inactive`}>{t('catalogue.filters.includeInactive')}</label>
        </div>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('catalogue.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setValues(EMPTY_CATALOGUE_FILTERS);
            onApply(EMPTY_CATALOGUE_FILTERS);
          }}
        >
          {t('catalogue.filters.reset')}
        </button>
      </div>
    </form>
  );
}
