import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea } from '@web/features/competences';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { useRecordAssessment } from '../hooks/use-employee-mutations';
import {
  initialRecordAssessmentValues,
  missingAssessmentFields,
  RECORD_ASSESSMENT_FIELDS,
  RECORDABLE_SOURCES,
  toRecordAssessmentInput,
  type RecordAssessmentField,
  type RecordAssessmentValues,
} from '../utils/record-assessment-input';

interface RecordAssessmentFormProps {
  employeeId: string;
  employeeName: string;
  /** The catalogue's active competences, with their level scales. */
  competences: readonly CompetenceFieldsFragment[];
  today: string;
}

/** A leader or HR records a level for a competence: new history, never an overwrite. */
export function RecordAssessmentForm({
  employeeId,
  employeeName,
  competences,
  today,
}: RecordAssessmentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordAssessment(employeeId);
  const [values, setValues] = useState<RecordAssessmentValues>(() =>
    initialRecordAssessmentValues(today),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const fieldId = (field: RecordAssessmentField) => `${id}-${field}`;
  const form = useFormProblems(RECORD_ASSESSMENT_FIELDS, fieldId);

  const competence = competences.find((entry) => entry.id === values.competenceId);
  const byArea = useMemo(() => groupCompetencesByArea(competences), [competences]);

  const set = <K extends keyof RecordAssessmentValues>(
    key: K,
    value: RecordAssessmentValues[K],
  ) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    setSaved(null);
    const missing = missingAssessmentFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
    form.reset();
    const name = competence?.name ?? '';
    record.mutate(toRecordAssessmentInput(employeeId, values), {
      onSuccess: (assessment) => {
        setValues(initialRecordAssessmentValues(today));
        setSaved(
          t('recordAssessment.saved', {
            name: name || assessment.competence.name,
            level: assessment.level,
          }),
        );
      },
      onError: (error) => form.showError(error),
    });
  };

  const levelErrors = form.errorsFor('level');
  const levelErrorId = `${fieldId('level')}-error`;

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('recordAssessment.heading')}</h3>
      <p className="form__intro">{t('recordAssessment.intro', { name: employeeName })}</p>

      <Field
        id={fieldId('competenceId')}
        label={t('recordAssessment.competence')}
        errors={form.errorsFor('competenceId')}
      >
        {(control) => (
          <select
            {...control}
            name="competenceId"
            aria-required="true"
            value={values.competenceId}
            onChange={(event) => {
              const competenceId = event.target.value;
              setValues((current) => ({ ...current, competenceId, level: '' }));
              form.clearField('competenceId');
            }}
          >
            <option value="">{t('recordAssessment.chooseCompetence')}</option>
            {byArea.map((group) => (
              <optgroup key={group.area} label={group.area}>
                {group.competences.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>

      <fieldset
        className={
          levelErrors.length > 0 ? 'field field--invalid choice-group' : 'field choice-group'
        }
        aria-describedby={levelErrors.length > 0 ? levelErrorId : undefined}
      >
        <legend>{t('recordAssessment.level')}</legend>
        {levelErrors.length > 0 ? (
          <p id={levelErrorId} className="field__error">
            {levelErrors.join(' ')}
          </p>
        ) : null}
        {competence ? (
          competence.scale.map((step, index) => {
            const optionId = index === 0 ? fieldId('level') : `${fieldId('level')}-${step.level}`;
            return (
              <div key={step.level} className="choice">
                <input
                  id={optionId}
                  type="radio"
                  name={`${id}-level`}
                  value={String(step.level)}
                  checked={values.level === String(step.level)}
                  aria-invalid={levelErrors.length > 0 || undefined}
                  onChange={() => set('level', String(step.level))}
                />
                <label htmlFor={optionId}>
                  <span className="choice__title">
                    {t('employee.levelValue', { level: step.level })}
                  </span>
                  <span className="choice__description">{step.description}</span>
                </label>
              </div>
            );
          })
        ) : (
          <p id={fieldId('level')} tabIndex={-1} className="field__hint">
            {t('recordAssessment.chooseCompetenceFirst')}
          </p>
        )}
      </fieldset>

      <Field
        id={fieldId('source')}
        label={t('recordAssessment.source')}
        errors={form.errorsFor('source')}
      >
        {(control) => (
          <select
            {...control}
            name="source"
            value={values.source}
            onChange={(event) =>
              set('source', event.target.value as RecordAssessmentValues['source'])
            }
          >
            {RECORDABLE_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`people.source.${source}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id={fieldId('evidence')}
        label={t('recordAssessment.evidence')}
        hint={t('recordAssessment.evidenceHint')}
        errors={form.errorsFor('evidence')}
      >
        {(control) => (
          <textarea
            {...control}
            name="evidence"
            rows={3}
            maxLength={2000}
            value={values.evidence}
            onChange={(event) => set('evidence', event.target.value)}
          />
        )}
      </Field>

      <div className="field-row">
        <Field
          id={fieldId('assessedOn')}
          label={t('recordAssessment.assessedOn')}
          errors={form.errorsFor('assessedOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="assessedOn"
              max={today}
              value={values.assessedOn}
              onChange={(event) => set('assessedOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('validUntil')}
          label={t('recordAssessment.validUntil')}
          hint={t('recordAssessment.validUntilHint')}
          errors={form.errorsFor('validUntil')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="validUntil"
              value={values.validUntil}
              onChange={(event) => set('validUntil', event.target.value)}
            />
          )}
        </Field>
      </div>

      <ErrorSummary errors={form.problems.general} />

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
          {record.isPending ? t('recordAssessment.submitting') : t('recordAssessment.submit')}
        </button>
      </div>
      <p role="status" className="form__status">
        {saved ?? ''}
      </p>
    </form>
  );
}
