import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea } from '@web/features/competences';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { Field, FormErrors, translateFieldKeys, useFormProblems } from '@web/shared/forms';
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
  const competenceErrorId = `${id}-competences-error`;

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('addQualification.heading')}</h3>

      <div className="field-row">
        <Field
          id={fieldId('kind')}
          label={t('addQualification.kind')}
          errors={form.errorsFor('kind')}
        >
          {(control) => (
            <select
              {...control}
              name="kind"
              value={values.kind}
              onChange={(event) =>
                set('kind', event.target.value as AddQualificationValues['kind'])
              }
            >
              {QUALIFICATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`people.qualificationKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId('title')}
          label={t('addQualification.title')}
          errors={form.errorsFor('title')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="title"
              aria-required="true"
              maxLength={200}
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
      </div>

      <Field
        id={fieldId('issuer')}
        label={t('addQualification.issuer')}
        errors={form.errorsFor('issuer')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            name="issuer"
            maxLength={200}
            value={values.issuer}
            onChange={(event) => set('issuer', event.target.value)}
          />
        )}
      </Field>

      <div className="field-row">
        <Field
          id={fieldId('obtainedOn')}
          label={t('addQualification.obtainedOn')}
          errors={form.errorsFor('obtainedOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="obtainedOn"
              aria-required="true"
              max={today}
              value={values.obtainedOn}
              onChange={(event) => set('obtainedOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('expiresOn')}
          label={t('addQualification.expiresOn')}
          hint={t('addQualification.expiresOnHint')}
          errors={form.errorsFor('expiresOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="expiresOn"
              value={values.expiresOn}
              onChange={(event) => set('expiresOn', event.target.value)}
            />
          )}
        </Field>
      </div>

      <fieldset
        className={competenceErrors.length > 0 ? 'field field--invalid' : 'field'}
        aria-describedby={competenceErrors.length > 0 ? competenceErrorId : undefined}
      >
        <legend>{t('addQualification.competences')}</legend>
        {competenceErrors.length > 0 ? (
          <p id={competenceErrorId} className="field__error">
            {competenceErrors.join(' ')}
          </p>
        ) : null}
        {values.competences.map((row, index) => {
          const competence = competences.find((entry) => entry.id === row.competenceId);
          const rowId = `${id}-competence-${index}`;
          return (
            <div key={row.key} className="mapping-row">
              <div className="field">
                <label htmlFor={rowId}>
                  {t('addQualification.competenceN', { number: index + 1 })}
                </label>
                <select
                  id={rowId}
                  value={row.competenceId}
                  aria-invalid={competenceErrors.length > 0 || undefined}
                  onChange={(event) =>
                    updateRow(row.key, { competenceId: event.target.value, level: '' })
                  }
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
                  <option value="">{t('addQualification.chooseLevel')}</option>
                  {(competence?.scale ?? []).map((step) => (
                    <option key={step.level} value={step.level}>
                      {t('addQualification.levelOption', {
                        level: step.level,
                        description: step.description,
                      })}
                    </option>
                  ))}
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
      </fieldset>

      <FormErrors errors={form.problems.general} />

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
