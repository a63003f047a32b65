import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { useSaveCompetence } from '../hooks/use-save-competence';
import { BUILDING_BLOCKS } from '../utils/catalogue-filters';
import {
  COMPETENCE_FORM_FIELDS,
  missingCompetenceFields,
  toCreateCompetenceInput,
  toUpdateCompetenceInput,
  type CompetenceFormField,
  type CompetenceFormValues,
} from '../utils/competence-form-values';

interface CompetenceFormProps {
  /** The entry being edited; absent when creating. */
  competence?: CompetenceFieldsFragment;
  initial: CompetenceFormValues;
  areas: readonly string[];
  cancelTo: string;
  onSaved: (competence: CompetenceFieldsFragment) => void;
  /** Loads the newest version after a conflict (the form is then started again from it). */
  onReload?: () => void;
}

export function CompetenceForm({
  competence,
  initial,
  areas,
  cancelTo,
  onSaved,
  onReload,
}: CompetenceFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveCompetence();
  const [values, setValues] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const nextKey = useRef(initial.scale.length);
  const fieldId = (field: CompetenceFormField) =>
    field === 'scale' ? `${id}-scale-0` : `${id}-${field}`;
  const form = useFormProblems(COMPETENCE_FORM_FIELDS, fieldId);

  const set = <K extends keyof CompetenceFormValues>(key: K, value: CompetenceFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if ((COMPETENCE_FORM_FIELDS as readonly string[]).includes(key)) {
      form.clearField(key as CompetenceFormField);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setConflict(false);
    const missing = missingCompetenceFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
    form.reset();
    save.mutate(
      competence
        ? {
            kind: 'update',
            input: toUpdateCompetenceInput(competence.id, competence.version, values),
          }
        : { kind: 'create', input: toCreateCompetenceInput(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          setConflict(isApiError(error) && error.code === 'CONFLICT');
          form.showError(error);
        },
      },
    );
  };

  const scaleErrors = form.errorsFor('scale');
  const scaleErrorId = `${id}-scale-error`;

  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('competenceForm.heading')}
      </h2>
      <Field id={fieldId('name')} label={t('competenceForm.name')} errors={form.errorsFor('name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            name="name"
            aria-required="true"
            maxLength={200}
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={fieldId('description')}
        label={t('competenceForm.description')}
        errors={form.errorsFor('description')}
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={3}
            maxLength={2000}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field
          id={fieldId('buildingBlock')}
          label={t('competenceForm.buildingBlock')}
          hint={t('competenceForm.buildingBlockHint')}
          errors={form.errorsFor('buildingBlock')}
        >
          {(control) => (
            <select
              {...control}
              name="buildingBlock"
              value={values.buildingBlock}
              onChange={(event) =>
                set('buildingBlock', event.target.value as CompetenceFormValues['buildingBlock'])
              }
            >
              {BUILDING_BLOCKS.map((block) => (
                <option key={block} value={block}>
                  {t(`people.buildingBlock.${block}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId('area')}
          label={t('competenceForm.area')}
          hint={t('competenceForm.areaHint')}
          errors={form.errorsFor('area')}
        >
          {(control) => (
            <>
              <input
                {...control}
                type="text"
                name="area"
                aria-required="true"
                maxLength={200}
                list={`${id}-areas`}
                value={values.area}
                onChange={(event) => set('area', event.target.value)}
              />
              <datalist id={`${id}-areas`}>
                {areas.map((area) => (
                  <option key={area} value={area} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field
          id={fieldId('tags')}
          label={t('competenceForm.tags')}
          hint={t('competenceForm.tagsHint')}
          errors={form.errorsFor('tags')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="tags"
              value={values.tags}
              onChange={(event) => set('tags', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('validityMonths')}
          label={t('competenceForm.validityMonths')}
          hint={t('competenceForm.validityHint')}
          errors={form.errorsFor('validityMonths')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              name="validityMonths"
              value={values.validityMonths}
              onChange={(event) => set('validityMonths', event.target.value)}
            />
          )}
        </Field>
      </div>

      <fieldset
        className={
          scaleErrors.length > 0 ? 'field field--invalid scale-editor' : 'field scale-editor'
        }
        aria-describedby={scaleErrors.length > 0 ? scaleErrorId : undefined}
      >
        <legend>{t('competenceForm.scale')}</legend>
        <p className="field__hint">{t('competenceForm.scaleHint')}</p>
        {scaleErrors.length > 0 ? (
          <p id={scaleErrorId} className="field__error">
            {scaleErrors.join(' ')}
          </p>
        ) : null}
        <div className="field field--inline">
          <label htmlFor={`${id}-first-level`}>{t('competenceForm.firstLevel')}</label>
          <select
            id={`${id}-first-level`}
            value={values.firstLevel}
            onChange={(event) => set('firstLevel', Number(event.target.value))}
          >
            <option value={0}>0</option>
            <option value={1}>1</option>
          </select>
        </div>
        {values.scale.map((row, index) => {
          const rowId = `${id}-scale-${index}`;
          const level = values.firstLevel + index;
          return (
            <div key={row.key} className="field">
              <label htmlFor={rowId}>{t('competenceForm.levelN', { level })}</label>
              <textarea
                id={rowId}
                rows={2}
                maxLength={500}
                aria-invalid={(scaleErrors.length > 0 && !row.description.trim()) || undefined}
                value={row.description}
                onChange={(event) => {
                  const description = event.target.value;
                  setValues((current) => ({
                    ...current,
                    scale: current.scale.map((other) =>
                      other.key === row.key ? { ...other, description } : other,
                    ),
                  }));
                  form.clearField('scale');
                }}
              />
            </div>
          );
        })}
        <div className="button-row">
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              const key = nextKey.current++;
              setValues((current) => ({
                ...current,
                scale: [...current.scale, { key, description: '' }],
              }));
            }}
          >
            {t('competenceForm.addLevel')}
          </button>
          {values.scale.length > 2 ? (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() =>
                setValues((current) => ({ ...current, scale: current.scale.slice(0, -1) }))
              }
            >
              {t('competenceForm.removeLevel', {
                level: values.firstLevel + values.scale.length - 1,
              })}
            </button>
          ) : null}
        </div>
      </fieldset>

      {competence ? (
        <div className="check">
          <input
            id={fieldId('active')}
            type="checkbox"
            checked={values.active}
            aria-describedby={`${id}-active-hint`}
            onChange={(event) => set('active', event.target.checked)}
          />
          <label htmlFor={fieldId('active')}>{t('competenceForm.active')}</label>
          <p id={`${id}-active-hint`} className="field__hint">
            {t('competenceForm.activeHint')}
          </p>
        </div>
      ) : null}

      <ErrorSummary errors={form.problems.general} />
      {conflict && onReload ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('competenceForm.reload')}
          </button>
        </p>
      ) : null}

      <div className="form__actions button-row">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('competenceForm.saving') : t('competenceForm.save')}
        </button>
        <Link to={cancelTo}>{t('competenceForm.cancel')}</Link>
      </div>
    </form>
  );
}
