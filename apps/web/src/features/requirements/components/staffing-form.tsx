import { useTranslation } from 'react-i18next';
import type { StaffingRequirementFieldsFragment } from '@web/gql/graphql';
import { SelectField, TextField, translateFieldKeys } from '@web/shared/forms';
import { useSaveStaffing } from '../hooks/use-requirement-mutations';
import { useRequirementProfessions } from '../hooks/use-requirements';
import {
  missingStaffingFields,
  STAFFING_FORM_FIELDS,
  toCreateStaffingInput,
  toUpdateStaffingInput,
  type StaffingFormValues,
} from '../utils/staffing-form-values';
import {
  RequirementFormShell,
  useRequirementForm,
  type RequirementKindFormProps,
} from './requirement-form-shell';

/** A staffing requirement: årsverk of a profession in a unit, with horizon and rationale. */
export function StaffingForm(
  props: RequirementKindFormProps<StaffingRequirementFieldsFragment, StaffingFormValues>,
) {
  const { requirement, initial, onSaved } = props;
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
      page={props}
    >
      <div className="field-row">
        <SelectField
          id={fieldId('professionCode')}
          label={t('requirements.staffingForm.profession')}
          errors={form.errorsFor('professionCode')}
          name="professionCode"
          required
          value={values.professionCode}
          onChange={(code) => set('professionCode', code)}
          placeholder={t('requirements.staffingForm.chooseProfession')}
          options={(professions.data ?? []).map((profession) => ({
            value: profession.code,
            label: t('requirements.professionOption', {
              code: profession.code,
              name: profession.name,
            }),
          }))}
          choices={professions}
        />
        <TextField
          id={fieldId('requiredFte')}
          label={t('requirements.staffingForm.requiredFte')}
          hint={t('requirements.staffingForm.requiredFteHint')}
          errors={form.errorsFor('requiredFte')}
          inputMode="decimal"
          name="requiredFte"
          required
          autoComplete="off"
          value={values.requiredFte}
          onChange={(fte) => set('requiredFte', fte)}
        />
      </div>
    </RequirementFormShell>
  );
}
