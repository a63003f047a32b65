import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationScopeInput } from '@web/gql/graphql';
import { localIsoDate } from '@web/shared/format';
import { FormFooter, TextField, useFormProblems } from '@web/shared/forms';
import { useRecordMeasurement } from '../hooks/use-evaluation';
import { ENTRY_FIELDS, entryProblems, entryValue, type EntryField } from '../utils/entry-form';

interface MeasurementEntryFormProps {
  indicatorId: string;
  scope: EvaluationScopeInput;
  decimals: number;
  unit: string;
  /** Today in Norway (given, so tests can fix it). */
  today?: string;
}

const fieldId = (field: EntryField) => `entry-${field}`;

/**
 * A value for one month, typed by hand. The form checks what it can before sending (a number
 * with at most the indicator's decimals, a date not after today); the API checks the same and
 * its field errors are shown at the fields.
 */
export function MeasurementEntryForm({
  indicatorId,
  scope,
  decimals,
  unit,
  today = localIsoDate(),
}: MeasurementEntryFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ value: '', measuredOn: today });
  const [saved, setSaved] = useState(false);
  const form = useFormProblems(ENTRY_FIELDS, fieldId);
  const record = useRecordMeasurement();

  const change = (field: EntryField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    form.clearField(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const problems = entryProblems(values, decimals, today);
    if (problems.length > 0) {
      const fields: Partial<Record<EntryField, string[]>> = {};
      for (const problem of problems) {
        fields[problem.field] = [
          ...(fields[problem.field] ?? []),
          t(problem.key, problem.params ?? {}),
        ];
      }
      form.showFieldErrors(fields);
      return;
    }
    form.reset();
    record.mutate(
      { indicatorId, scope, value: entryValue(values), measuredOn: values.measuredOn },
      {
        onSuccess: () => {
          setSaved(true);
          setValues((current) => ({ ...current, value: '' }));
        },
        onError: form.showError,
      },
    );
  };

  return (
    <form
      className="form evaluation-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="entry-heading"
    >
      <h3 id="entry-heading">{t('evaluation.entry.heading')}</h3>
      <TextField
        id={fieldId('value')}
        label={unit ? t('evaluation.entry.valueWithUnit', { unit }) : t('evaluation.entry.value')}
        hint={
          decimals === 0
            ? t('evaluation.entry.valueHintWhole')
            : t('evaluation.entry.valueHint', { count: decimals })
        }
        inputMode="decimal"
        required
        value={values.value}
        onChange={change('value')}
        errors={form.errorsFor('value')}
        inputClassName="input--short"
      />
      <TextField
        id={fieldId('measuredOn')}
        type="date"
        label={t('evaluation.entry.measuredOn')}
        hint={t('evaluation.entry.measuredOnHint')}
        required
        max={today}
        value={values.measuredOn}
        onChange={change('measuredOn')}
        errors={form.errorsFor('measuredOn')}
      />
      <FormFooter
        errors={form.problems.general}
        pending={record.isPending}
        submitLabel={t('evaluation.entry.save')}
        pendingLabel={t('evaluation.entry.saving')}
        status={saved ? t('evaluation.entry.saved') : null}
      />
    </form>
  );
}
