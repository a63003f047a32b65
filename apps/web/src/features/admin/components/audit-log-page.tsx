import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can, useMe } from '@web/features/auth';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, PageHeading, useErrorText } from '@web/shared/ui';
import { useAuditLog } from '../hooks/use-audit-log';
import { AUDIT_EMPLOYEE_PARAM, auditLogPath } from '../utils/admin-paths';
import { AdminTabs } from './admin-tabs';
import { AuditLogTable } from './audit-log-table';

/**
 * `/admin/logg`: who read or changed what, newest first. The administrator
 * sees the whole region, HR their own municipality (the API filters).
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.log.title'));
  const me = useMe();
  const [searchParams] = useSearchParams();
  const employeeId = searchParams.get(AUDIT_EMPLOYEE_PARAM) || null;
  const log = useAuditLog(employeeId);
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
        <EmptyState>{employeeId ? t('admin.log.emptyEmployee') : t('admin.log.empty')}</EmptyState>
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
      {employeeId ? (
        <p className="notice">
          {t('admin.log.employeeFilter')} <Link to={auditLogPath()}>{t('admin.log.showAll')}</Link>
        </p>
      ) : null}
      <section aria-labelledby="log-heading" className="section">
        <h2 id="log-heading" className="visually-hidden">
          {t('admin.log.entriesHeading')}
        </h2>
        {content}
      </section>
    </>
  );
}
