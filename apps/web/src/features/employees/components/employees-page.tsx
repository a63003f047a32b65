import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@web/features/auth';
import { CompetenceOverviewDownload, overviewMunicipalityIds } from '@web/features/exports';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { useUrlFilters } from '@web/shared/forms';
import { EmptyState, ErrorState, PageHeading, QueryPending } from '@web/shared/ui';
import { useEmployees } from '../hooks/use-employees';
import {
  employeeFiltersToParams,
  hasActiveFilters,
  parseEmployeeFilters,
  toEmployeeFilter,
} from '../utils/employee-filters';
import { EmployeeFiltersForm } from './employee-filters-form';
import { EmployeeTable, employeeLinkId } from './employee-table';

const EMPLOYEE_FILTERS_IN_ADDRESS = {
  parse: parseEmployeeFilters,
  toParams: employeeFiltersToParams,
};

/** `/ansatte`: the employees the user may see, with search, filters and paging. */
export function EmployeesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('employees.title'));
  const { filters, apply, formKey } = useUrlFilters(EMPLOYEE_FILTERS_IN_ADDRESS);
  const filter = useMemo(() => toEmployeeFilter(filters), [filters]);
  const employees = useEmployees(filter);

  const rows = useMemo(
    () => employees.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [],
    [employees.data],
  );
  const total = employees.data?.pages[0]?.totalCount ?? 0;

  // After "Vis flere", focus moves to the first new row once (the button may be gone); a
  // later refetch of the list must not pull focus back there.
  const focusRowAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusRowAt.current;
    if (at === null || rows.length <= at) return;
    focusRowAt.current = null;
    document.getElementById(employeeLinkId(rows[at].id))?.focus();
  }, [rows]);

  let content;
  if (employees.data) {
    content =
      rows.length === 0 ? (
        <EmptyState>
          {hasActiveFilters(filters) ? t('employees.emptyFiltered') : t('employees.empty')}
        </EmptyState>
      ) : (
        <>
          <EmployeeTable employees={rows} />
          <div className="list-footer">
            <p role="status" className="list-footer__count">
              {t('employees.showing', {
                shown: formatInteger(rows.length),
                total: formatInteger(total),
              })}
            </p>
            {employees.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={employees.isFetchingNextPage || undefined}
                onClick={() => {
                  if (employees.isFetchingNextPage) return;
                  focusRowAt.current = rows.length;
                  void employees.fetchNextPage().then((result) => {
                    if (result.isError) focusRowAt.current = null;
                  });
                }}
              >
                {employees.isFetchingNextPage ? t('employees.loadingMore') : t('employees.more')}
              </button>
            ) : null}
            {employees.isFetchNextPageError ? <ErrorState error={employees.error} /> : null}
          </div>
        </>
      );
  } else {
    content = <QueryPending query={employees} loadingLabel={t('employees.loading')} />;
  }

  return (
    <>
      <PageHeading lead={t('employees.lead')}>{t('employees.title')}</PageHeading>
      <OverviewDownloads />
      <EmployeeFiltersForm key={formKey} initial={filters} onApply={apply} />
      <section
        aria-labelledby="employees-results-heading"
        className="section"
        aria-busy={employees.isFetching && !employees.isFetchingNextPage ? true : undefined}
      >
        <h2 id="employees-results-heading" className="visually-hidden">
          {t('employees.resultsHeading')}
        </h2>
        {content}
      </section>
    </>
  );
}

/** The competence overview of each municipality the user leads or is HR in, as a download. */
function OverviewDownloads() {
  const ids = overviewMunicipalityIds(useMe().data?.roles ?? []);
  const municipalities = useMunicipalities().data ?? [];
  return municipalities
    .filter((m) => ids.includes(m.id))
    .map((m) => <CompetenceOverviewDownload key={m.id} municipality={m} />);
}
