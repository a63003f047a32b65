import { useTranslation } from 'react-i18next';
import type { MeasureStatus, PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { ErrorSummary, problemsFromError } from '@web/shared/forms';
import { useChangeMeasureStatus } from '../hooks/use-plan-mutations';

/** What moving to a status is called on its button (from PLANNED, "Avlys" cancels …). */
const STEP_KEY: Record<MeasureStatus, string> = {
  PLANNED: 'plans.statusStep.PLANNED',
  OPEN: 'plans.statusStep.OPEN',
  RUNNING: 'plans.statusStep.RUNNING',
  COMPLETED: 'plans.statusStep.COMPLETED',
  CANCELLED: 'plans.statusStep.CANCELLED',
};

/**
 * The measure's status and the steps it may take from here (the API's `allowedTransitions`).
 * Completing documents the participants' competence; the API refuses steps that are not allowed.
 */
export function MeasureStatusPanel({
  measure,
  canWrite,
}: {
  measure: PlanMeasureFieldsFragment;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const change = useChangeMeasureStatus();
  return (
    <section className="panel section" aria-labelledby="measure-status-heading">
      <h2 id="measure-status-heading">{t('plans.measure.statusHeading')}</h2>
      <p>
        <strong>{t('plans.statusLabel')}</strong> {t(`plans.measureStatus.${measure.status}`)}
      </p>
      {canWrite && measure.allowedTransitions.length > 0 ? (
        <>
          <ErrorSummary
            errors={change.isError ? problemsFromError(change.error, []).general : []}
          />
          <div className="button-row">
            {measure.allowedTransitions.map((status) => (
              <button
                key={status}
                type="button"
                className={status === 'CANCELLED' ? 'button button--secondary' : 'button'}
                aria-disabled={change.isPending || undefined}
                onClick={() => {
                  if (change.isPending) return;
                  change.mutate({ id: measure.id, version: measure.version, status });
                }}
              >
                {t(STEP_KEY[status] as never)}
              </button>
            ))}
          </div>
          <p className="field__hint">{t('plans.measure.statusHint')}</p>
        </>
      ) : null}
    </section>
  );
}
