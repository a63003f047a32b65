import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea, useCompetences } from '@web/features/competences';
import type { ScopeOptions } from '@web/features/gaps';
import type { Measure, RequirementFieldsFragment } from '@web/gql/graphql';
import { Field, translateFieldKeys } from '@web/shared/forms';
import { useSaveRequirement } from '../hooks/use-requirement-mutations';
import {
  missingRequirementFields,
  REQUIREMENT_FORM_FIELDS,
  toCreateRequirementInput,
  toUpdateRequirementInput,
  type RequirementFormValues,
} from '../utils/requirement-form-values';
import { RequirementFormShell, useRequirementForm } from './requirement-form-shell';

const MEASURES: readonly Measure[] = ['HEADCOUNT', 'FTE'];

interface RequirementFormProps {
  /** The requirement being edited; absent when creating. */
  requirement?: RequirementFieldsFragment;
  initial: RequirementFormValues;
  /** Units the user may put requirements on. */
  unitOptions: ScopeOptions;
  cancelTo: string;
  onSaved: (requirement: RequirementFieldsFragment) => void;
  /** Loads the newest version after a conflict (the form then starts again from it). */
  onReload?: () => void;
}

/**
 * A competence requirement: competence × minimum level × how many × horizon × priority,
 * with its rationale. The API checks the rules (level on the competence's scale, amount,
 * target date, duplicates) and its Norwegian messages are shown next to the fields.
 */
export function RequirementForm({
  requirement,
  initial,
  unitOptions,
  cancelTo,
  onSaved,
  onReload,
}: RequirementFormProps) {
  const { t } = useTranslation();
  const save = useSaveRequirement();
  const state = useRequirementForm({
    initial,
    fields: REQUIREMENT_FORM_FIELDS,
    missing: (values) => translateFieldKeys(missingRequirementFields(values), t),
    pending: save.isPending,
    submit: (values, { onError }) =>
      save.mutate(
        requirement
          ? {
              kind: 'update',
              input: toUpdateRequirementInput(requirement.id, requirement.version, values),
            }
          : { kind: 'create', input: toCreateRequirementInput(values) },
        { onSuccess: onSaved, onError },
      ),
  });
  const { values, setValues, set, fieldId, form } = state;
  const competences = useCompetences();
  const groups = useMemo(() => groupCompetencesByArea(competences.data ?? []), [competences.data]);
  const competence = competences.data?.find((entry) => entry.id === values.competenceId);

  return (
    <RequirementFormShell
      state={state}
      heading={t('requirements.form.heading')}
      fixedUnit={requirement ? requirement.unit.name : null}
      unitOptions={unitOptions}
      cancelTo={cancelTo}
      onReload={onReload}
    >
      <div className="field-row">
        <Field
          id={fieldId('competenceId')}
          label={t('requirements.form.competence')}
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
                setValues((current) => ({ ...current, competenceId, minLevel: '' }));
                form.clearField('competenceId');
              }}
            >
              <option value="">{t('requirements.form.chooseCompetence')}</option>
              {groups.map((group) => (
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
        <Field
          id={fieldId('minLevel')}
          label={t('requirements.form.minLevel')}
          hint={t('requirements.form.minLevelHint')}
          errors={form.errorsFor('minLevel')}
        >
          {(control) => (
            <select
              {...control}
              name="minLevel"
              aria-required="true"
              value={values.minLevel}
              onChange={(event) => set('minLevel', event.target.value)}
            >
              <option value="">
                {competence
                  ? t('requirements.form.chooseLevel')
                  : t('requirements.form.chooseCompetenceFirst')}
              </option>
              {(competence?.scale ?? []).map((step) => (
                <option key={step.level} value={String(step.level)}>
                  {t('requirements.form.levelOption', {
                    level: step.level,
                    description: shorten(step.description),
                  })}
                </option>
              ))}
              {/* A stored level the scale no longer has stays visible; the API will say why. */}
              {values.minLevel !== '' &&
              competence &&
              !competence.scale.some((step) => String(step.level) === values.minLevel) ? (
                <option value={values.minLevel}>
                  {t('requirements.form.levelOption', { level: values.minLevel, description: '' })}
                </option>
              ) : null}
            </select>
          )}
        </Field>
      </div>

      <div className="field-row">
        <Field
          id={fieldId('required')}
          label={t('requirements.form.required')}
          hint={t('requirements.form.requiredHint')}
          errors={form.errorsFor('required')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              name="required"
              aria-required="true"
              autoComplete="off"
              value={values.required}
              onChange={(event) => set('required', event.target.value)}
            />
          )}
        </Field>
        <fieldset
          className={form.errorsFor('measure').length > 0 ? 'field field--invalid' : 'field'}
        >
          <legend>{t('requirements.form.measure')}</legend>
          {form.errorsFor('measure').length > 0 ? (
            <p className="field__error">{form.errorsFor('measure').join(' ')}</p>
          ) : null}
          {MEASURES.map((measure) => (
            <div key={measure} className="check">
              <input
                id={
                  measure === 'HEADCOUNT' ? fieldId('measure') : `${fieldId('measure')}-${measure}`
                }
                type="radio"
                name="measure"
                value={measure}
                checked={values.measure === measure}
                onChange={() => set('measure', measure)}
              />
              <label
                htmlFor={
                  measure === 'HEADCOUNT' ? fieldId('measure') : `${fieldId('measure')}-${measure}`
                }
              >
                {t(`requirements.measure.${measure}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
    </RequirementFormShell>
  );
}

/** Level descriptions can be long; the option shows the start. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
}
