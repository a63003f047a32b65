import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationScopeInput, SeriesFieldsFragment } from '@web/gql/graphql';
import { FormFooter, TextField, useFormProblems } from '@web/shared/forms';
import { useSetBaseline } from '../hooks/use-evaluation';

type BaselineField = 'fromPeriod' | 'toPeriod';
const FIELDS: readonly BaselineField[] = ['fromPeriod', 'toPeriod'];
const fieldId = (field: BaselineField) => `baseline-${field}`;

interface BaselineFormProps {
  indicatorId: string;
  scope: EvaluationScopeInput;
  baseline: SeriesFieldsFragment['baseline'];
}

/** The baseline period: its months' median is the run chart's centre line. */
export function BaselineForm({ indicatorId, scope, baseline }: BaselineFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    fromPeriod: baseline?.fromPeriod ?? '',
    toPeriod: baseline?.toPeriod ?? '',
  });
  const [saved, setSaved] = useState(false);
  const form = useFormProblems(FIELDS, fieldId);
  const save = useSetBaseline();

  const change = (field: BaselineField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    form.clearField(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const missing: Partial<Record<BaselineField, string[]>> = {};
    for (const field of FIELDS) {
      if (!values[field]) missing[field] = [t('evaluation.baseline.required')];
    }
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(missing);
      return;
    }
    form.reset();
    save.mutate(
      {
        indicatorId,
        scope,
        kind: 'PERIOD',
        fromPeriod: values.fromPeriod,
        toPeriod: values.toPeriod,
      },
      { onSuccess: () => setSaved(true), onError: form.showError },
    );
  };

  return (
    <form
      className="form evaluation-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="baseline-heading"
    >
      <h3 id="baseline-heading">{t('evaluation.baseline.heading')}</h3>
      <p className="field__hint">{t('evaluation.baseline.lead')}</p>
      <TextField
        id={fieldId('fromPeriod')}
        type="month"
        label={t('evaluation.baseline.from')}
        hint={t('evaluation.baseline.monthHint')}
        value={values.fromPeriod}
        onChange={change('fromPeriod')}
        errors={form.errorsFor('fromPeriod')}
      />
      <TextField
        id={fieldId('toPeriod')}
        type="month"
        label={t('evaluation.baseline.to')}
        hint={t('evaluation.baseline.monthHint')}
        value={values.toPeriod}
        onChange={change('toPeriod')}
        errors={form.errorsFor('toPeriod')}
      />
      <FormFooter
        errors={form.problems.general}
        pending={save.isPending}
        submitLabel={t('evaluation.baseline.save')}
        pendingLabel={t('evaluation.baseline.saving')}
        status={saved ? t('evaluation.baseline.saved') : null}
      />
    </form>
  );
}
