import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import {
  CheckboxField,
  FieldSet,
  FormFooter,
  onSubmitUnlessPending,
  SelectField,
  TextAreaField,
  TextField,
  useFormValues,
} from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { useSaveCompetence } from '../hooks/use-save-competence';
import { BUILDING_BLOCKS } from '../utils/catalogue-filters';
import {
  COMPETENCE_FORM_FIELDS,
  missingCompetenceFields,
  toCreateCompetenceInput,
  toUpdateCompetenceInput,
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
  const save = useSaveCompetence();
  const { id, values, setValues, set, fieldId, bind, form, stopIf } = useFormValues({
    initial,
    fields: COMPETENCE_FORM_FIELDS,
    fieldId: (field, prefix) => (field === 'scale' ? `${prefix}-scale-0` : `${prefix}-${field}`),
  });
  const [conflict, setConflict] = useState(false);
  const nextKey = useRef(initial.scale.length);

  const onSubmit = onSubmitUnlessPending(save.isPending, () => {
    setConflict(false);
    if (stopIf(missingCompetenceFields(values))) return;
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
  });

  const scaleErrors = form.errorsFor('scale');

  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('competenceForm.heading')}
      </h2>
      <TextField {...bind('name')} label={t('competenceForm.name')} required maxLength={200} />
      <TextAreaField
        {...bind('description')}
        label={t('competenceForm.description')}
        rows={3}
        maxLength={2000}
      />
      <div className="field-row">
        <SelectField
          {...bind('buildingBlock')}
          label={t('competenceForm.buildingBlock')}
          hint={t('competenceForm.buildingBlockHint')}
          onChange={(block) => set('buildingBlock', block as CompetenceFormValues['buildingBlock'])}
          options={BUILDING_BLOCKS.map((block) => ({
            value: block,
            label: t(`people.buildingBlock.${block}`),
          }))}
        />
        <TextField
          {...bind('area')}
          label={t('competenceForm.area')}
          hint={t('competenceForm.areaHint')}
          required
          maxLength={200}
          suggestions={areas}
        />
      </div>
      <div className="field-row">
        <TextField
          {...bind('tags')}
          label={t('competenceForm.tags')}
          hint={t('competenceForm.tagsHint')}
        />
        <TextField
          {...bind('validityMonths')}
          label={t('competenceForm.validityMonths')}
          hint={t('competenceForm.validityHint')}
          inputMode="numeric"
        />
      </div>

      <FieldSet
        id={`${id}-scale`}
        legend={t('competenceForm.scale')}
        hint={t('competenceForm.scaleHint')}
        errors={scaleErrors}
        className="scale-editor"
      >
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
      </FieldSet>

      {competence ? (
        <CheckboxField
          id={fieldId('active')}
          label={t('competenceForm.active')}
          hint={t('competenceForm.activeHint')}
          checked={values.active}
          onChange={(active) => set('active', active)}
        />
      ) : null}

      <FormFooter
        errors={form.problems.general}
        reload={conflict && onReload ? { label: t('competenceForm.reload'), onReload } : null}
        pending={save.isPending}
        submitLabel={t('competenceForm.save')}
        pendingLabel={t('competenceForm.saving')}
        actionsClassName="form__actions button-row"
      >
        <Link to={cancelTo}>{t('competenceForm.cancel')}</Link>
      </FormFooter>
    </form>
  );
}
