import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea } from '@web/features/competences';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import {
  CompetenceSelect,
  ErrorSummary,
  FieldSet,
  SelectField,
  SelectOptions,
  TextField,
  translateFieldKeys,
  useFormProblems,
} from '@web/shared/forms';
import { useAddQualification } from '../hooks/use-employee-mutations';
import {
  ADD_QUALIFICATION_FIELDS,
  initialQualificationValues,
  missingQualificationFields,
  QUALIFICATION_KINDS,
  toAddQualificationInput,
  type AddQualificationField,
  type AddQualificationValues,
  type CompetenceMappingRow,
} from '../utils/add-qualification-input';

interface AddQualificationFormProps {
  employeeId: string;
  competences: readonly CompetenceFieldsFragment[];
  today: string;
}

/** HR registers an education, certificate or course and the competence levels it documents. */
export function AddQualificationForm({
  employeeId,
  competences,
  today,
}: AddQualificationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddQualification(employeeId);
  const [values, setValues] = useState<AddQualificationValues>(initialQualificationValues);
  const [saved, setSaved] = useState<string | null>(null);
  const nextKey = useRef(1);
  const fieldId = (field: AddQualificationField) =>
    field === 'competences' ? `${id}-competence-0` : `${id}-${field}`;
  const form = useFormProblems(ADD_QUALIFICATION_FIELDS, fieldId);
  const byArea = useMemo(() => groupCompetencesByArea(competences), [competences]);

  const set = <K extends keyof AddQualificationValues>(
    key: K,
    value: AddQualificationValues[K],
  ) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };
  const updateRow = (key: number, change: Partial<CompetenceMappingRow>) => {
    setValues((current) => ({
      ...current,
      competences: current.competences.map((row) =>
        row.key === key ? { ...row, ...change } : row,
      ),
    }));
    form.clearField('competences');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setSaved(null);
    const missing = missingQualificationFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
    form.reset();
    add.mutate(toAddQualificationInput(employeeId, values), {
      onSuccess: (qualification) => {
        setValues(initialQualificationValues());
        setSaved(t('addQualification.saved', { title: qualification.title }));
      },
      onError: (error) => form.showError(error),
    });
  };

  const competenceErrors = form.errorsFor('competences');

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('addQualification.heading')}</h3>

      <div className="field-row">
        <SelectField
          id={fieldId('kind')}
          label={t('addQualification.kind')}
          errors={form.errorsFor('kind')}
          name="kind"
          value={values.kind}
          onChange={(kind) => set('kind', kind as AddQualificationValues['kind'])}
          options={QUALIFICATION_KINDS.map((kind) => ({
            value: kind,
            label: t(`people.qualificationKind.${kind}`),
          }))}
        />
        <TextField
          id={fieldId('title')}
          label={t('addQualification.title')}
          errors={form.errorsFor('title')}
          name="title"
          required
          maxLength={200}
          value={values.title}
          onChange={(title) => set('title', title)}
        />
      </div>

      <TextField
        id={fieldId('issuer')}
        label={t('addQualification.issuer')}
        errors={form.errorsFor('issuer')}
        name="issuer"
        maxLength={200}
        value={values.issuer}
        onChange={(issuer) => set('issuer', issuer)}
      />

      <div className="field-row">
        <TextField
          id={fieldId('obtainedOn')}
          label={t('addQualification.obtainedOn')}
          errors={form.errorsFor('obtainedOn')}
          type="date"
          name="obtainedOn"
          required
          max={today}
          value={values.obtainedOn}
          onChange={(obtainedOn) => set('obtainedOn', obtainedOn)}
        />
        <TextField
          id={fieldId('expiresOn')}
          label={t('addQualification.expiresOn')}
          hint={t('addQualification.expiresOnHint')}
          errors={form.errorsFor('expiresOn')}
          type="date"
          name="expiresOn"
          value={values.expiresOn}
          onChange={(expiresOn) => set('expiresOn', expiresOn)}
        />
      </div>

      <FieldSet
        id={`${id}-competences`}
        legend={t('addQualification.competences')}
        errors={competenceErrors}
      >
        {values.competences.map((row, index) => {
          const competence = competences.find((entry) => entry.id === row.competenceId);
          const rowId = `${id}-competence-${index}`;
          return (
            <div key={row.key} className="mapping-row">
              <div className="field">
                <label htmlFor={rowId}>
                  {t('addQualification.competenceN', { number: index + 1 })}
                </label>
                <CompetenceSelect
                  id={rowId}
                  groups={byArea}
                  value={row.competenceId}
                  aria-invalid={competenceErrors.length > 0 || undefined}
                  onChange={(competenceId) => updateRow(row.key, { competenceId, level: '' })}
                  placeholder={t('recordAssessment.chooseCompetence')}
                />
              </div>
              <div className="field">
                <label htmlFor={`${rowId}-level`}>
                  {t('addQualification.levelN', { number: index + 1 })}
                </label>
                <select
                  id={`${rowId}-level`}
                  value={row.level}
                  aria-invalid={competenceErrors.length > 0 || undefined}
                  onChange={(event) => updateRow(row.key, { level: event.target.value })}
                >
                  <SelectOptions
                    placeholder={t('addQualification.chooseLevel')}
                    options={(competence?.scale ?? []).map((step) => ({
                      value: String(step.level),
                      label: t('addQualification.levelOption', {
                        level: step.level,
                        description: step.description,
                      }),
                    }))}
                  />
                </select>
              </div>
              {values.competences.length > 1 ? (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('addQualification.removeRowLabel', { number: index + 1 })}
                  onClick={() =>
                    setValues((current) => ({
                      ...current,
                      competences: current.competences.filter((other) => other.key !== row.key),
                    }))
                  }
                >
                  {t('addQualification.removeRow')}
                </button>
              ) : null}
            </div>
          );
        })}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            const key = nextKey.current++;
            setValues((current) => ({
              ...current,
              competences: [...current.competences, { key, competenceId: '', level: '' }],
            }));
          }}
        >
          {t('addQualification.addRow')}
        </button>
      </FieldSet>

      <ErrorSummary errors={form.problems.general} />

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {add.isPending ? t('addQualification.submitting') : t('addQualification.submit')}
        </button>
      </div>
      <p role="status" className="form__status">
        {saved ?? ''}
      </p>
    </form>
  );
}
