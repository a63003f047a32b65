import { useTranslation } from 'react-i18next';
import { ErrorSummary, problemsFromError } from '@web/shared/forms';
import { useCreateActionPlan } from '../hooks/use-plan-mutations';
import type { HalfYear } from '../utils/half-year';
import type { PlanPlace } from '../utils/plan-access';

interface CreatePlanPanelProps {
  place: PlanPlace;
  period: HalfYear;
  title: string;
  canWrite: boolean;
}

/** No plan for the scope and half-year yet: those who plan for it may start one. */
export function CreatePlanPanel({ place, period, title, canWrite }: CreatePlanPanelProps) {
  const { t } = useTranslation();
  const create = useCreateActionPlan();
  return (
    <section className="panel section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{title}</h2>
      <p>{t('plans.none')}</p>
      {canWrite ? (
        <>
          <p>{t('plans.createHint')}</p>
          <ErrorSummary
            errors={create.isError ? problemsFromError(create.error, []).general : []}
          />
          <button
            type="button"
            className="button"
            aria-disabled={create.isPending || undefined}
            onClick={() => {
              if (create.isPending) return;
              create.mutate({
                level: place.level,
                municipalityId: place.level === 'REGION' ? null : (place.municipalityId ?? null),
                unitId: place.level === 'UNIT' ? (place.unitId ?? null) : null,
                year: period.year,
                half: period.half,
              });
            }}
          >
            {create.isPending ? t('plans.creating') : t('plans.create')}
          </button>
        </>
      ) : (
        <p>{t('plans.noneReadOnly')}</p>
      )}
    </section>
  );
}
