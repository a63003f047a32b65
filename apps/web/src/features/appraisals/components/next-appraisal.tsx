import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppraisalProgress } from '../hooks/use-appraisal-queries';
import { appraisalPath } from '../utils/appraisal-paths';
import { nextPendingAppraisal } from '../utils/next-appraisal';

/** After signing: the next person to talk with in the same cycle, one click away. */
export function NextAppraisal({
  cycleId,
  signed,
}: {
  cycleId: string;
  signed: { employeeId: string; unitId: string };
}) {
  const { t } = useTranslation();
  const progress = useAppraisalProgress(cycleId);
  if (!progress.data) return null;
  const next = nextPendingAppraisal(progress.data, cycleId, signed);
  return (
    <p className="notice next-appraisal">
      {next ? (
        <>
          {t('appraisals.next.offer')}{' '}
          <Link to={appraisalPath(next.employeeId, cycleId)}>
            {t(next.status === 'DRAFT' ? 'appraisals.next.continue' : 'appraisals.next.start', {
              name: next.employee.fullName,
            })}
          </Link>
          {next.employee.unit.id !== signed.unitId ? ` (${next.employee.unit.name})` : ''}
        </>
      ) : (
        t('appraisals.next.none')
      )}
    </p>
  );
}
