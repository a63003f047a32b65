import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HORIZONS, PRIORITIES, type ScopeOptions } from '@web/features/gaps';
import type { StaffingRequirementFieldsFragment } from '@web/gql/graphql';
import { Field, FormErrors, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { useSaveStaffing } from '../hooks/use-requirement-mutations';
import { useRequirementProfessions } from '../hooks/use-requirements';
import { RATIONALE_KINDS } from '../utils/requirement-form-values';
import {
  missingStaffingFields,
  STAFFING_FORM_FIELDS,
  toCreateStaffingInput,
  toUpdateStaffingInput,
  type StaffingFormField,
  type StaffingFormValues,
} from '../utils/staffing-form-values';
import { RequirementCommonFields } from './requirement-common-fields';
import { UnitSelect } from './unit-select';

interface StaffingFormProps {
  requirement?: StaffingRequirementFieldsFragment;
  initial: StaffingFormValues;
  unitOptions: ScopeOptions;
  cancelTo: string;
  onSaved: (requirement: StaffingRequirementFieldsFragment) => void;
  onReload?: () => void;
}

/** A staffing requirement: årsverk of a profession in a unit, with horizon and rationale. */
export function StaffingForm({
  requirement,
  initial,
  unitOptions,
  cancelTo,
  onSaved,
  onReload,
}: StaffingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveStaffing();
  const professions = useRequirementProfessions();
  const [values, setValues] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const fieldId = (field: StaffingFormField) => `${id}-${field}`;
  const form = useFormProblems(STAFFING_FORM_FIELDS, fieldId);

  const set = <K extends keyof StaffingFormValues>(key: K, value: StaffingFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setConflict(false);
    const missing = missingStaffingFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
    form.reset();
    save.mutate(
      requirement
        ? {
            kind: 'update',
            input: toUpdateStaffingInput(requirement.id, requirement.version, values),
          }
        : { kind: 'create', input: toCreateStaffingInput(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          setConflict(isApiError(error) && error.code === 'CONFLICT');
          form.showError(error);
        },
      },
    );
  };

  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('requirements.staffingForm.heading')}
      </h2>
      {requirement ? (
        <p className="form__intro">
          {t('requirements.form.unitFixed', { unit: requirement.unit.name })}
        </p>
      ) : (
        <UnitSelect
          id={fieldId('unitId')}
          options={unitOptions}
          value={values.unitId}
          errors={form.errorsFor('unitId')}
          onChange={(unitId) => set('unitId', unitId)}
        />
      )}
      <div className="field-row">
        <Field
          id={fieldId('professionCode')}
          label={t('requirements.staffingForm.profession')}
          errors={form.errorsFor('professionCode')}
        >
          {(control) => (
            <select
              {...control}
              name="professionCode"
              aria-required="true"
              value={values.professionCode}
              onChange={(event) => set('professionCode', event.target.value)}
            >
              <option value="">{t('requirements.staffingForm.chooseProfession')}</option>
              {(professions.data ?? []).map((profession) => (
                <option key={profession.code} value={profession.code}>
                  {t('requirements.professionOption', {
                    code: profession.code,
                    name: profession.name,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId('requiredFte')}
          label={t('requirements.staffingForm.requiredFte')}
          hint={t('requirements.staffingForm.requiredFteHint')}
          errors={form.errorsFor('requiredFte')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              name="requiredFte"
              aria-required="true"
              autoComplete="off"
              value={values.requiredFte}
              onChange={(event) => set('requiredFte', event.target.value)}
            />
          )}
        </Field>
      </div>
      <RequirementCommonFields
        values={values}
        fieldId={fieldId}
        errorsFor={form.errorsFor}
        onChange={(key, value) => set(key, value as never)}
        horizons={HORIZONS}
        priorities={PRIORITIES}
        rationaleKinds={RATIONALE_KINDS}
      />
      <FormErrors errors={form.problems.general} />
      {conflict && onReload ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('requirements.form.reload')}
          </button>
        </p>
      ) : null}
      <div className="form__actions button-row">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('requirements.form.saving') : t('requirements.form.save')}
        </button>
        <Link to={cancelTo}>{t('requirements.form.cancel')}</Link>
      </div>
    </form>
  );
}
