import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusIcon, TableScroll } from '@web/shared/ui';
import { appraisalPath } from '../utils/appraisal-paths';
import type { PendingAppraisalRow } from '../utils/appraisal-types';

interface PendingTableProps {
  pending: readonly PendingAppraisalRow[];
  cycleId: string;
  /** The scope's name, for the caption. */
  caption: string;
}

/** Everyone without a signed-off talk, with the way into their talk. */
export function PendingTable({ pending, cycleId, caption }: PendingTableProps) {
  const { t } = useTranslation();
  const captionText = t('appraisals.pending.caption', { scope: caption });
  const action = (status: PendingAppraisalRow['status']) =>
    status === 'DRAFT' ? t('appraisals.pending.continue') : t('appraisals.pending.start');
  return (
    <TableScroll label={captionText}>
      <table className="data-table">
        <caption className="visually-hidden">{captionText}</caption>
        <thead>
          <tr>
            <th scope="col">{t('appraisals.pending.name')}</th>
            <th scope="col">{t('appraisals.pending.position')}</th>
            <th scope="col">{t('appraisals.pending.unit')}</th>
            <th scope="col">{t('appraisals.pending.status')}</th>
            <th scope="col">{t('appraisals.pending.action')}</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((entry) => (
            <tr key={entry.employeeId}>
              <th scope="row">{entry.employee.fullName}</th>
              <td>{entry.employee.positionTitle || '–'}</td>
              <td>{entry.employee.unit.name}</td>
              <td>
                {t(`appraisals.pendingStatus.${entry.status}`)}
                {entry.urgency !== 'LATER' ? (
                  <span className="with-icon overdue-tag">
                    <StatusIcon kind={entry.urgency === 'OVERDUE' ? 'warning' : 'info'} />
                    {t(`appraisals.pending.urgency.${entry.urgency}`)}
                  </span>
                ) : null}
              </td>
              <td>
                {/* aria-label, not a hidden span: an absolutely placed span would escape the
                    table's scroll box and widen the page on a tablet. */}
                <Link
                  to={appraisalPath(entry.employeeId, cycleId)}
                  aria-label={`${action(entry.status)}${t('appraisals.pending.withName', { name: entry.employee.fullName })}`}
                >
                  {action(entry.status)}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
