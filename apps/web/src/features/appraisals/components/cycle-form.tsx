import { useTranslation } from 'react-i18next';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { useSaveAppraisalCycle } from '../hooks/use-appraisal-mutations';
import type { AppraisalCycle } from '../utils/appraisal-types';
import {
  CYCLE_FIELDS,
  cycleProblems,
  cycleValues,
  newCycleValues,
  toCreateCycleInput,
  toUpdateCycleInput,
  type CycleField,
  type CycleFormValues,
} from '../utils/cycle-form-values';

interface CycleFormProps {
  municipalityId: string;
  /** The cycle being changed; null for a new one. */
  cycle: AppraisalCycle | null;
  today: string;
  onSaved: (cycle: AppraisalCycle, kind: 'create' | 'update') => void;
  onCancel: () => void;
}

/** A new cycle, or new dates and name for one (a stale version answers CONFLICT). */
export function CycleForm({ municipalityId, cycle, today, onSaved, onCancel }: CycleFormProps) {
  const { t } = useTranslation();
  const save = useSaveAppraisalCycle();
  const { id, values, setValues, bind, form, stopIf } = useFormValues<CycleFormValues, CycleField>({
    initial: () => (cycle ? cycleValues(cycle) : newCycleValues(today)),
    fields: CYCLE_FIELDS,
  });

  const onSubmit = onSubmitUnlessPending(save.isPending, () => {
    if (stopIf(cycleProblems(values))) return;
    form.reset();
    const kind = cycle ? 'update' : 'create';
    save.mutate(
      cycle
        ? { kind: 'update', input: toUpdateCycleInput(cycle, values) }
        : { kind: 'create', input: toCreateCycleInput(municipalityId, values) },
      {
        onSuccess: (saved) => {
          if (!cycle) setValues(newCycleValues(today));
          onSaved(saved, kind);
        },
        onError: (error) => form.showError(error),
      },
    );
  });

  const heading = cycle
    ? t('appraisals.cycles.editHeading', { name: cycle.name })
    : t('appraisals.cycles.newHeading');
  const dateField = (field: 'opensOn' | 'closesOn', hint?: string) => (
    <TextField
      {...bind(field)}
      label={t(`appraisals.cycles.${field}`)}
      hint={hint}
      type="date"
      required
    />
  );

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <TextField {...bind('name')} label={t('appraisals.cycles.name')} maxLength={200} required />
      <div className="field-row">
        {dateField('opensOn')}
        {dateField('closesOn', t('appraisals.cycles.closesOnHint'))}
      </div>
      <FormFooter
        errors={form.problems.general}
        pending={save.isPending}
        submitLabel={cycle ? t('appraisals.cycles.saveChanges') : t('appraisals.cycles.create')}
        pendingLabel={t('appraisals.cycles.saving')}
        actionsClassName="button-row"
      >
        {cycle ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('appraisals.cycles.cancel')}
          </button>
        ) : null}
      </FormFooter>
    </form>
  );
}
