import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '@web/features/auth';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { useUrlFilters } from '@web/shared/forms';
import { EmptyState, PageHeading, QueryPending } from '@web/shared/ui';
import { useCompetenceAreas, useCompetences } from '../hooks/use-competences';
import {
  catalogueFiltersToParams,
  distinctTags,
  hasCatalogueFilters,
  parseCatalogueFilters,
  toCompetenceFilter,
} from '../utils/catalogue-filters';
import { newCompetencePath } from '../utils/competence-paths';
import { CatalogueFiltersForm } from './catalogue-filters-form';
import { CompetenceTable } from './competence-table';

const CATALOGUE_FILTERS_IN_ADDRESS = {
  parse: parseCatalogueFilters,
  toParams: catalogueFiltersToParams,
};

/** `/katalog`: the region's competence catalogue (Lai's framework), searchable and filterable. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const me = useMe();
  const { filters, apply, formKey } = useUrlFilters(CATALOGUE_FILTERS_IN_ADDRESS);
  const competences = useCompetences(useMemo(() => toCompetenceFilter(filters), [filters]));
  // The filter choices come from the whole catalogue, not from the filtered rows.
  const everything = useCompetences({ includeInactive: true });
  const areas = useCompetenceAreas();
  const tags = useMemo(() => distinctTags(everything.data ?? []), [everything.data]);

  let content;
  if (competences.data) {
    content =
      competences.data.length === 0 ? (
        <EmptyState>
          {hasCatalogueFilters(filters) ? t('catalogue.emptyFiltered') : t('catalogue.empty')}
        </EmptyState>
      ) : (
        <>
          <p role="status" className="list-footer__count">
            {t('catalogue.count', {
              count: competences.data.length,
              formatted: formatInteger(competences.data.length),
            })}
          </p>
          <CompetenceTable competences={competences.data} />
        </>
      );
  } else {
    content = <QueryPending query={competences} loadingLabel={t('catalogue.loading')} />;
  }

  return (
    <>
      <PageHeading lead={t('catalogue.lead')}>{t('catalogue.title')}</PageHeading>
      {can(me.data, 'editCatalogue') ? (
        <p>
          <Link className="button" to={newCompetencePath()}>
            {t('catalogue.new')}
          </Link>
        </p>
      ) : null}
      <CatalogueFiltersForm
        key={formKey}
        initial={filters}
        areas={areas.data ?? []}
        tags={tags}
        choicesFrom={{ areas, tags: everything }}
        onApply={apply}
      />
      <section
        aria-labelledby="catalogue-results-heading"
        className="section"
        aria-busy={competences.isFetching || undefined}
      >
        <h2 id="catalogue-results-heading" className="visually-hidden">
          {t('catalogue.resultsHeading')}
        </h2>
        {content}
      </section>
    </>
  );
}
