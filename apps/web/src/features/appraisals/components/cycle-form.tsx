import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
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
  const id = useId();
  const save = useSaveAppraisalCycle();
  const [values, setValues] = useState<CycleFormValues>(() =>
    cycle ? cycleValues(cycle) : newCycleValues(today),
  );
  const fieldId = (field: CycleField) => `${id}-${field}`;
  const form = useFormProblems(CYCLE_FIELDS, fieldId);

  const set = (field: CycleField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const problems = cycleProblems(values);
    if (Object.keys(problems).length > 0) {
      form.showFieldErrors(translateFieldKeys(problems, t));
      return;
    }
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
  };

  const heading = cycle
    ? t('appraisals.cycles.editHeading', { name: cycle.name })
    : t('appraisals.cycles.newHeading');

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <Field
        id={fieldId('name')}
        label={t('appraisals.cycles.name')}
        errors={form.errorsFor('name')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            name="name"
            maxLength={200}
            aria-required="true"
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field
          id={fieldId('opensOn')}
          label={t('appraisals.cycles.opensOn')}
          errors={form.errorsFor('opensOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="opensOn"
              aria-required="true"
              value={values.opensOn}
              onChange={(event) => set('opensOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('closesOn')}
          label={t('appraisals.cycles.closesOn')}
          hint={t('appraisals.cycles.closesOnHint')}
          errors={form.errorsFor('closesOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="closesOn"
              aria-required="true"
              value={values.closesOn}
              onChange={(event) => set('closesOn', event.target.value)}
            />
          )}
        </Field>
      </div>
      <ErrorSummary errors={form.problems.general} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending
            ? t('appraisals.cycles.saving')
            : cycle
              ? t('appraisals.cycles.saveChanges')
              : t('appraisals.cycles.create')}
        </button>
        {cycle ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('appraisals.cycles.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
