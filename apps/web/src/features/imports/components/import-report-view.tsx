import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';
import { StatusIcon, TableScroll } from '@web/shared/ui';
import {
  ROW_ACTIONS,
  type ImportKind,
  type ImportReport,
  type RowAction,
} from '../utils/import-report';

/** Rows shown per category and errors shown in the preview; the counts are always complete. */
const SAMPLE_SIZE = 10;
const ERRORS_SHOWN = 200;

export function ImportCounts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const tense = report.applied ? 'done' : 'planned';
  return (
    <dl className="counts">
      {ROW_ACTIONS.map((action) => (
        <div key={action} className={`counts__item counts__item--${action}`}>
          <dt>{t(`import.counts.${tense}.${action}`)}</dt>
          <dd>{formatInteger(report.counts[action])}</dd>
        </div>
      ))}
      <div
        className={report.counts.errors > 0 ? 'counts__item counts__item--errors' : 'counts__item'}
      >
        <dt>{t('import.counts.errors')}</dt>
        <dd>{formatInteger(report.counts.errors)}</dd>
      </div>
    </dl>
  );
}

export function ImportFileFacts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { file } = report;
  const facts = [
    file.name,
    file.format ? file.format.toUpperCase() : null,
    file.encoding ? t('import.file.encoding', { encoding: file.encoding }) : null,
    t('import.file.rows', { count: file.dataRows, formatted: formatInteger(file.dataRows) }),
  ].filter((fact): fact is string => !!fact);
  return (
    <div className="import-file">
      <p>{facts.join(' · ')}</p>
      {file.columns.length > 0 ? (
        <p>
          {t('import.file.columns')}{' '}
          {file.columns
            .map((column) =>
              t('import.file.column', { label: column.label, header: column.header }),
            )
            .join(', ')}
        </p>
      ) : null}
      {file.ignoredColumns.length > 0 ? (
        <p>
          {t('import.file.ignored')} {file.ignoredColumns.join(', ')}
        </p>
      ) : null}
    </div>
  );
}

export function ImportErrors({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.errors.length === 0) return null;
  const shown = report.errors.slice(0, ERRORS_SHOWN);
  return (
    <section aria-labelledby="import-errors-heading" className="section">
      <h3 id="import-errors-heading" className="with-icon">
        <StatusIcon kind="error" />
        {t('import.errors.heading', {
          count: report.counts.errors,
          formatted: formatInteger(report.counts.errors),
        })}
      </h3>
      <p>{t('import.errors.nothingSaved')}</p>
      <TableScroll label={t('import.errors.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('import.errors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="data-table__numeric">
                {t('import.errors.row')}
              </th>
              <th scope="col">{t('import.errors.column')}</th>
              <th scope="col">{t('import.errors.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, index) => (
              <tr key={index}>
                <td className="data-table__numeric">
                  {issue.row === null ? t('import.errors.wholeFile') : formatInteger(issue.row)}
                </td>
                <td>{issue.column ?? '–'}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {report.counts.errors > shown.length ? (
        <p className="muted">
          {t('import.errors.more', {
            shown: formatInteger(shown.length),
            total: formatInteger(report.counts.errors),
          })}
        </p>
      ) : null}
    </section>
  );
}

export function ImportSamples({ report, kind }: { report: ImportReport; kind: ImportKind }) {
  const { t } = useTranslation();
  const actions = ROW_ACTIONS.filter(
    (action): action is Exclude<RowAction, 'unchanged'> =>
      action !== 'unchanged' && report.rows[action].length > 0,
  );
  if (actions.length === 0) return null;
  return (
    <>
      {actions.map((action) => {
        const rows = report.rows[action].slice(0, SAMPLE_SIZE);
        const headingId = `import-sample-${action}`;
        const heading = t(`import.sample.${action}`, {
          shown: formatInteger(rows.length),
          total: formatInteger(report.counts[action]),
        });
        return (
          <section key={action} aria-labelledby={headingId} className="section">
            <h3 id={headingId}>{heading}</h3>
            <TableScroll label={heading}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col" className="data-table__numeric">
                      {t('import.errors.row')}
                    </th>
                    <th scope="col">{t('import.sample.number')}</th>
                    <th scope="col">{t('import.sample.name')}</th>
                    <th scope="col">
                      {kind === 'qualifications'
                        ? t('import.sample.detail')
                        : t('import.sample.changes')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={`${row.employeeNumber}-${index}`}>
                      <td className="data-table__numeric">
                        {row.row === null ? '–' : formatInteger(row.row)}
                      </td>
                      <td className="data-table__code">{row.employeeNumber}</td>
                      <th scope="row">{row.name}</th>
                      <td>
                        {row.changes.length > 0 ? (
                          <ul className="change-list">
                            {row.changes.map((change, changeIndex) => (
                              <li key={changeIndex}>
                                {t('import.sample.change', {
                                  label: change.label,
                                  from: change.from || '–',
                                  to: change.to || '–',
                                })}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          (row.detail ?? '–')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}
    </>
  );
}
