import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatInteger } from '@web/shared/format';
import { ErrorState, LoadingState, TableScroll } from '@web/shared/ui';
import { useAppraisals } from '../hooks/use-appraisal-queries';
import { appraisalPath } from '../utils/appraisal-paths';

interface CompletedListProps {
  cycleId: string;
  /** The leader's unit (with sub-units); null for HR's whole municipality. */
  unitId: string | null;
  count: number;
}

/** The signed-off talks, loaded only when opened: a municipality can have hundreds. */
export function CompletedList({ cycleId, unitId, count }: CompletedListProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  return (
    <details className="completed-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('appraisals.completed.summary', { count, formatted: formatInteger(count) })}
      </summary>
      {open ? <CompletedTable cycleId={cycleId} unitId={unitId} /> : null}
    </details>
  );
}

function CompletedTable({ cycleId, unitId }: { cycleId: string; unitId: string | null }) {
  const { t } = useTranslation();
  const list = useAppraisals({ cycleId, unitId, status: 'COMPLETED' });
  if (list.isError) {
    return (
      <ErrorState
        error={list.error}
        retrying={list.isFetching}
        onRetry={() => void list.refetch()}
      />
    );
  }
  if (!list.data) return <LoadingState label={t('appraisals.completed.loading')} />;
  const caption = t('appraisals.completed.caption');
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('appraisals.pending.name')}</th>
            <th scope="col">{t('appraisals.pending.unit')}</th>
            <th scope="col">{t('appraisals.completed.signed')}</th>
            <th scope="col">{t('appraisals.pending.action')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.map((appraisal) => (
            <tr key={appraisal.id}>
              <th scope="row">{appraisal.employee.fullName}</th>
              <td>{appraisal.employee.unit.name}</td>
              <td>
                {t('appraisals.completed.signedBy', {
                  date: formatDate(appraisal.completedAt),
                  name: appraisal.completedByName ?? '–',
                })}
              </td>
              <td>
                <Link
                  to={appraisalPath(appraisal.employeeId, cycleId)}
                  aria-label={`${t('appraisals.completed.open')}${t('appraisals.pending.withName', { name: appraisal.employee.fullName })}`}
                >
                  {t('appraisals.completed.open')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
