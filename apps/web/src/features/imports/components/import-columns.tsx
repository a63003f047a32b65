import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@web/gql/graphql';
import { ErrorState, LoadingState, TableScroll } from '@web/shared/ui';
import { useImportColumns } from '../hooks/use-import-columns';
import type { ImportKind as ReportKind } from '../utils/import-report';
import { templateUrl } from '../utils/import-request';

const GRAPHQL_KIND: Record<ReportKind, ImportKind> = {
  employees: 'EMPLOYEES',
  qualifications: 'QUALIFICATIONS',
};

/**
 * The exact headers the import reads for a kind, as the API's parser defines them, with the
 * templates to start from. What is listed here is what the check accepts.
 */
export function ImportColumns({ kind }: { kind: ReportKind }) {
  const { t } = useTranslation();
  const columns = useImportColumns(GRAPHQL_KIND[kind]);
  const headingId = `import-columns-${kind}`;
  return (
    <section aria-labelledby={headingId} className="section panel import-columns">
      <h2 id={headingId}>{t(`import.columns.heading.${kind}`)}</h2>
      <p>{t('import.columns.intro')}</p>
      <p className="button-row">
        <a className="button button--secondary" href={templateUrl(kind, 'xlsx')} download>
          {t('import.columns.templateXlsx')}
        </a>
        <a className="button button--secondary" href={templateUrl(kind, 'csv')} download>
          {t('import.columns.templateCsv')}
        </a>
      </p>
      {columns.isError ? (
        <ErrorState
          error={columns.error}
          retrying={columns.isFetching}
          onRetry={() => void columns.refetch()}
        />
      ) : !columns.data ? (
        <LoadingState label={t('import.columns.loading')} />
      ) : (
        <TableScroll label={t(`import.columns.caption.${kind}`)}>
          <table className="data-table">
            <caption className="visually-hidden">{t(`import.columns.caption.${kind}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.columns.header')}</th>
                <th scope="col">{t('import.columns.required')}</th>
                <th scope="col">{t('import.columns.description')}</th>
                <th scope="col">{t('import.columns.alsoAccepted')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.data.map((column) => (
                <tr key={column.field}>
                  <th scope="row" className="data-table__code">
                    {column.header}
                  </th>
                  <td>{column.required ? t('import.columns.yes') : t('import.columns.no')}</td>
                  <td>
                    {column.description}{' '}
                    <span className="muted">
                      {t('import.columns.example', { example: column.example })}
                    </span>
                  </td>
                  <td>{column.alsoAccepted.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
