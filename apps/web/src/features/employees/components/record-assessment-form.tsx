import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea } from '@web/features/competences';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import {
  CompetenceSelect,
  Field,
  FieldSet,
  FormFooter,
  onSubmitUnlessPending,
  RadioChoice,
  SelectField,
  TextAreaField,
  TextField,
  useFormValues,
} from '@web/shared/forms';
import { useRecordAssessment } from '../hooks/use-employee-mutations';
import {
  initialRecordAssessmentValues,
  missingAssessmentFields,
  RECORD_ASSESSMENT_FIELDS,
  RECORDABLE_SOURCES,
  toRecordAssessmentInput,
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
  const record = useRecordAssessment(employeeId);
  const { id, values, setValues, set, fieldId, bind, form, stopIf } = useFormValues({
    initial: () => initialRecordAssessmentValues(today),
    fields: RECORD_ASSESSMENT_FIELDS,
  });
  const [saved, setSaved] = useState<string | null>(null);

  const competence = competences.find((entry) => entry.id === values.competenceId);
  const byArea = useMemo(() => groupCompetencesByArea(competences), [competences]);

  const onSubmit = onSubmitUnlessPending(record.isPending, () => {
    setSaved(null);
    if (stopIf(missingAssessmentFields(values))) return;
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
  });

  const levelErrors = form.errorsFor('level');

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
          <CompetenceSelect
            {...control}
            name="competenceId"
            required
            groups={byArea}
            value={values.competenceId}
            onChange={(competenceId) => {
              setValues((current) => ({ ...current, competenceId, level: '' }));
              form.clearField('competenceId');
            }}
            placeholder={t('recordAssessment.chooseCompetence')}
          />
        )}
      </Field>

      <FieldSet
        id={fieldId('level')}
        legend={t('recordAssessment.level')}
        errors={levelErrors}
        className="choice-group"
      >
        {competence ? (
          competence.scale.map((step, index) => {
            const optionId = index === 0 ? fieldId('level') : `${fieldId('level')}-${step.level}`;
            return (
              <RadioChoice
                key={step.level}
                id={optionId}
                name={`${id}-level`}
                value={String(step.level)}
                checked={values.level === String(step.level)}
                invalid={levelErrors.length > 0}
                onChange={() => set('level', String(step.level))}
                title={t('employee.levelValue', { level: step.level })}
                description={step.description}
              />
            );
          })
        ) : (
          <p id={fieldId('level')} tabIndex={-1} className="field__hint">
            {t('recordAssessment.chooseCompetenceFirst')}
          </p>
        )}
      </FieldSet>

      <SelectField
        {...bind('source')}
        label={t('recordAssessment.source')}
        onChange={(source) => set('source', source as RecordAssessmentValues['source'])}
        options={RECORDABLE_SOURCES.map((source) => ({
          value: source,
          label: t(`people.source.${source}`),
        }))}
      />

      <TextAreaField
        {...bind('evidence')}
        label={t('recordAssessment.evidence')}
        hint={t('recordAssessment.evidenceHint')}
        rows={3}
        maxLength={2000}
      />

      <div className="field-row">
        <TextField
          {...bind('assessedOn')}
          label={t('recordAssessment.assessedOn')}
          type="date"
          max={today}
        />
        <TextField
          {...bind('validUntil')}
          label={t('recordAssessment.validUntil')}
          hint={t('recordAssessment.validUntilHint')}
          type="date"
        />
      </div>

      <FormFooter
        errors={form.problems.general}
        pending={record.isPending}
        submitLabel={t('recordAssessment.submit')}
        pendingLabel={t('recordAssessment.submitting')}
        status={saved}
      />
    </form>
  );
}
