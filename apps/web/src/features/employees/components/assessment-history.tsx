import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@web/shared/format';
import { EmptyState, TableScroll } from '@web/shared/ui';
import { historyByCompetence } from '../utils/assessment-history';
import type { AssessmentItem } from '../utils/employee-types';

/** Every assessment ever recorded, per competence, newest first; history is never overwritten. */
export function AssessmentHistory({ assessments }: { assessments: readonly AssessmentItem[] }) {
  const { t } = useTranslation();
  const groups = historyByCompetence(assessments);
  if (groups.length === 0) return <EmptyState>{t('employee.history.empty')}</EmptyState>;
  return (
    <div className="history">
      {groups.map((group) => (
        <details key={group.competenceId} className="history__group">
          <summary>
            {t('employee.history.summary', {
              name: group.competenceName,
              count: group.entries.length,
            })}
          </summary>
          <TableScroll label={t('employee.history.caption', { name: group.competenceName })}>
            <table className="data-table">
              <caption className="visually-hidden">
                {t('employee.history.caption', { name: group.competenceName })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('employee.history.date')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('employee.history.level')}
                  </th>
                  <th scope="col">{t('employee.history.source')}</th>
                  <th scope="col">{t('employee.history.by')}</th>
                  <th scope="col">{t('employee.history.evidence')}</th>
                  <th scope="col">{t('employee.history.validUntil')}</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDate(entry.assessedOn)}</td>
                    <td className="data-table__numeric">{entry.level}</td>
                    <td>
                      {t(`people.source.${entry.source}`)}
                      {entry.source === 'SELF_DECLARED' ? (
                        <span className="muted">
                          {' '}
                          {entry.confirmedAt
                            ? t('employee.history.confirmedAt', {
                                date: formatDateTime(entry.confirmedAt),
                              })
                            : t('employee.informal.unconfirmed')}
                        </span>
                      ) : null}
                    </td>
                    <td>{entry.assessedByName ?? '–'}</td>
                    <td className="history__evidence">{entry.evidence || '–'}</td>
                    <td>
                      {entry.validUntil ? formatDate(entry.validUntil) : t('employee.noExpiry')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ))}
    </div>
  );
}
