import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, useErrorText } from '@web/shared/ui';
import { useConfirmAssessment } from '../hooks/use-employee-mutations';
import { unconfirmedSelfDeclaration } from '../utils/assessment-history';
import type { AssessmentItem, CompetenceStatus } from '../utils/employee-types';

interface InformalCompetenceProps {
  employeeId: string;
  statuses: readonly CompetenceStatus[];
  assessments: readonly AssessmentItem[];
  /** Whether the user may confirm self-declarations (leaders and HR). */
  canConfirm: boolean;
}

/**
 * Competence gained through experience: the informal and leader-assessed
 * levels, and self-declared levels, which count only once a leader confirms them.
 */
export function InformalCompetence({
  employeeId,
  statuses,
  assessments,
  canConfirm,
}: InformalCompetenceProps) {
  const { t } = useTranslation();
  const confirm = useConfirmAssessment(employeeId);
  const confirmError = useErrorText(confirm.error);
  const [confirmed, setConfirmed] = useState<string | null>(null);

  const rows = statuses.filter(
    (status) =>
      status.informalLevel != null ||
      status.leaderLevel != null ||
      status.selfDeclaredLevel != null,
  );
  if (rows.length === 0) return <EmptyState>{t('employee.informal.empty')}</EmptyState>;

  return (
    <>
      <ul className="record-list" aria-label={t('employee.informal.caption')}>
        {rows.map((status) => {
          const pending = canConfirm
            ? unconfirmedSelfDeclaration(assessments, status.competence.id)
            : null;
          const levels: Array<[string, number | null | undefined]> = [
            [t('people.source.INFORMAL'), status.informalLevel],
            [t('people.source.LEADER_ASSESSED'), status.leaderLevel],
          ];
          return (
            <li key={status.competence.id} className="record-list__item">
              <p className="record-list__title">{status.competence.name}</p>
              <dl className="record-list__facts">
                {levels
                  .filter(([, value]) => value !== null && value !== undefined)
                  .map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{t('employee.levelValue', { level: value })}</dd>
                    </div>
                  ))}
                {status.selfDeclaredLevel !== null && status.selfDeclaredLevel !== undefined ? (
                  <div>
                    <dt>{t('people.source.SELF_DECLARED')}</dt>
                    <dd>
                      {t('employee.levelValue', { level: status.selfDeclaredLevel })}
                      {status.selfDeclaredConfirmed ? null : (
                        <span className="muted"> {t('employee.informal.unconfirmed')}</span>
                      )}
                      {pending ? (
                        <button
                          type="button"
                          className="button button--small button--secondary inline-action"
                          aria-disabled={confirm.isPending || undefined}
                          aria-label={t('employee.informal.confirmLabel', {
                            level: pending.level,
                            name: status.competence.name,
                          })}
                          onClick={() => {
                            if (confirm.isPending) return;
                            setConfirmed(null);
                            confirm.mutate(pending.id, {
                              onSuccess: () => setConfirmed(status.competence.name),
                            });
                          }}
                        >
                          {t('employee.informal.confirm')}
                        </button>
                      ) : null}
                    </dd>
                  </div>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
      {confirm.isError ? (
        <p role="alert" className="form__error">
          {confirmError}
        </p>
      ) : null}
      <p role="status" className="form__status">
        {confirmed ? t('employee.informal.confirmed', { name: confirmed }) : ''}
      </p>
    </>
  );
}
