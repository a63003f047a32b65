import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import type { StaffingRequirementFieldsFragment } from '@web/gql/graphql';
import { Field, translateFieldKeys } from '@web/shared/forms';
import { useSaveStaffing } from '../hooks/use-requirement-mutations';
import { useRequirementProfessions } from '../hooks/use-requirements';
import {
  missingStaffingFields,
  STAFFING_FORM_FIELDS,
  toCreateStaffingInput,
  toUpdateStaffingInput,
  type StaffingFormValues,
} from '../utils/staffing-form-values';
import { RequirementFormShell, useRequirementForm } from './requirement-form-shell';

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
  const save = useSaveStaffing();
  const professions = useRequirementProfessions();
  const state = useRequirementForm({
    initial,
    fields: STAFFING_FORM_FIELDS,
    missing: (values) => translateFieldKeys(missingStaffingFields(values), t),
    pending: save.isPending,
    submit: (values, { onError }) =>
      save.mutate(
        requirement
          ? {
              kind: 'update',
              input: toUpdateStaffingInput(requirement.id, requirement.version, values),
            }
          : { kind: 'create', input: toCreateStaffingInput(values) },
        { onSuccess: onSaved, onError },
      ),
  });
  const { values, set, fieldId, form } = state;

  return (
    <RequirementFormShell
      state={state}
      heading={t('requirements.staffingForm.heading')}
      fixedUnit={requirement ? requirement.unit.name : null}
      unitOptions={unitOptions}
      cancelTo={cancelTo}
      onReload={onReload}
    >
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
    </RequirementFormShell>
  );
}
