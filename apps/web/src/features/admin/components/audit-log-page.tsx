import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '@web/features/auth';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { FiltersForm, TextField, useFilterValues, useUrlFilters } from '@web/shared/forms';
import { EmptyState, ErrorState, LoadingState, PageHeading, useErrorText } from '@web/shared/ui';
import { useAuditLog } from '../hooks/use-audit-log';
import {
  type AuditLogFilter,
  auditLogExportUrl,
  auditLogFilter,
  auditLogParams,
  auditLogPath,
} from '../utils/admin-paths';
import { AdminTabs } from './admin-tabs';
import { AuditLogTable } from './audit-log-table';

const AUDIT_LOG_FILTER_IN_ADDRESS = { parse: auditLogFilter, toParams: auditLogParams };

/**
 * `/admin/logg`: who read or changed what, who signed in and what was refused, newest first.
 * The administrator sees the whole region, HR their own municipality (the API filters). The
 * period and the person in the address narrow the page and its download alike.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.log.title'));
  const me = useMe();
  const { filters: filter, apply, formKey } = useUrlFilters(AUDIT_LOG_FILTER_IN_ADDRESS);
  const log = useAuditLog(filter);
  // Pages are fetched at different moments of a log that keeps growing; show each entry once
  // even if a refetch and "Vis eldre" ever cross.
  const entries = useMemo(
    () => [...new Map((log.data?.pages.flat() ?? []).map((e) => [e.id, e])).values()],
    [log.data],
  );
  const moreError = useErrorText(log.error);
  const isAdmin = can(me.data, 'administration');

  let content;
  if (log.data) {
    content =
      entries.length === 0 ? (
        <EmptyState>
          {filter.employeeId ? t('admin.log.emptyEmployee') : t('admin.log.empty')}
        </EmptyState>
      ) : (
        <>
          <AuditLogTable entries={entries} linkEmployees={can(me.data, 'employees')} />
          <div className="list-footer">
            <p className="list-footer__count" role="status">
              {t('admin.log.showing', {
                count: entries.length,
                formatted: formatInteger(entries.length),
              })}
            </p>
            {log.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={log.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!log.isFetchingNextPage) void log.fetchNextPage();
                }}
              >
                {log.isFetchingNextPage ? t('admin.log.loadingMore') : t('admin.log.more')}
              </button>
            ) : (
              <p className="muted">{t('admin.log.end')}</p>
            )}
          </div>
          {log.isFetchNextPageError ? (
            <div role="alert" className="form__error">
              <p>{moreError}</p>
            </div>
          ) : null}
        </>
      );
  } else if (log.isError) {
    content = (
      <ErrorState error={log.error} retrying={log.isFetching} onRetry={() => void log.refetch()} />
    );
  } else {
    content = <LoadingState label={t('admin.log.loading')} />;
  }

  return (
    <>
      <PageHeading lead={isAdmin ? t('admin.log.leadAdmin') : t('admin.log.leadHr')}>
        {t('admin.log.title')}
      </PageHeading>
      <AdminTabs />
      {filter.employeeId ? (
        <p className="notice">
          {t('admin.log.employeeFilter')}{' '}
          <Link to={auditLogPath({ from: filter.from, to: filter.to })}>
            {t('admin.log.showAll')}
          </Link>
        </p>
      ) : null}
      <PeriodFilter key={formKey} filter={filter} onApply={apply} />
      <ExportLinks filter={filter} />
      <section aria-labelledby="log-heading" className="section">
        <h2 id="log-heading" className="visually-hidden">
          {t('admin.log.entriesHeading')}
        </h2>
        {content}
      </section>
    </>
  );
}

/** The period shown (and downloaded), first and last day included; kept in the address. */
function PeriodFilter({
  filter,
  onApply,
}: {
  filter: AuditLogFilter;
  onApply: (filter: AuditLogFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { values, set, apply } = useFilterValues(
    { from: filter.from ?? '', to: filter.to ?? '' },
    {
      onApply: ({ from, to }) =>
        onApply({ employeeId: filter.employeeId, from: from || null, to: to || null }),
    },
  );
  const backwards = values.from !== '' && values.to !== '' && values.to < values.from;

  return (
    <FiltersForm
      label={t('admin.log.filters.label')}
      applyLabel={t('admin.log.filters.show')}
      onApply={apply}
      applyBlocked={backwards}
      framed={false}
    >
      <TextField
        id={`${id}-from`}
        label={t('admin.log.filters.from')}
        type="date"
        value={values.from}
        onChange={(from) => set('from', from)}
      />
      <TextField
        id={`${id}-to`}
        label={t('admin.log.filters.to')}
        errors={backwards ? [t('admin.log.filters.toBeforeFrom')] : []}
        type="date"
        value={values.to}
        onChange={(to) => set('to', to)}
      />
    </FiltersForm>
  );
}

/** Downloads of the log as the page narrows it; the API writes each download to the log. */
function ExportLinks({ filter }: { filter: AuditLogFilter }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="export-buttons" role="group" aria-label={t('admin.log.export.label')}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button button--small button--secondary"
          href={auditLogExportUrl(format, filter)}
          download
          aria-describedby={hintId}
        >
          {t(`admin.log.export.${format}`)}
        </a>
      ))}
      <p id={hintId} className="muted">
        {t('admin.log.export.hint')}
      </p>
    </div>
  );
}
