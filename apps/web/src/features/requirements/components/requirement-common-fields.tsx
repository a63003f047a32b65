import { useTranslation } from 'react-i18next';
import type { Horizon, Priority, RationaleKind } from '@web/gql/graphql';
import { SelectField, TextAreaField, TextField } from '@web/shared/forms';

/** The fields both kinds of requirement share: when, how urgent, and why. */
export interface CommonValues {
  horizon: Horizon;
  targetDate: string;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string;
}

type CommonField = keyof CommonValues;

interface RequirementCommonFieldsProps<F extends string> {
  values: CommonValues;
  fieldId: (field: F) => string;
  errorsFor: (field: F) => string[];
  onChange: (field: CommonField, value: string) => void;
  horizons: readonly Horizon[];
  priorities: readonly Priority[];
  rationaleKinds: readonly RationaleKind[];
}

export function RequirementCommonFields<F extends string>({
  values,
  fieldId,
  errorsFor,
  onChange,
  horizons,
  priorities,
  rationaleKinds,
}: RequirementCommonFieldsProps<F>) {
  const { t } = useTranslation();
  /** Id, name, value, errors and change of one shared field. */
  const bind = (field: CommonField) => ({
    id: fieldId(field as unknown as F),
    name: field,
    errors: errorsFor(field as unknown as F),
    value: values[field],
    onChange: (value: string) => onChange(field, value),
  });
  return (
    <>
      <div className="field-row">
        <SelectField
          {...bind('horizon')}
          label={t('requirements.form.horizon')}
          options={horizons.map((horizon) => ({
            value: horizon,
            label: t(`gaps.horizon.${horizon}`),
          }))}
        />
        <TextField
          {...bind('targetDate')}
          label={t('requirements.form.targetDate')}
          hint={t('requirements.form.targetDateHint')}
          type="date"
        />
        <SelectField
          {...bind('priority')}
          label={t('requirements.form.priority')}
          options={priorities.map((priority) => ({
            value: priority,
            label: t(`gaps.priority.${priority}`),
          }))}
        />
      </div>
      <div className="field-row">
        <SelectField
          {...bind('rationaleKind')}
          label={t('requirements.form.rationaleKind')}
          options={rationaleKinds.map((kind) => ({
            value: kind,
            label: t(`requirements.rationaleKind.${kind}`),
          }))}
        />
        <TextField
          {...bind('reference')}
          label={t('requirements.form.reference')}
          hint={t('requirements.form.referenceHint')}
          maxLength={500}
        />
      </div>
      <TextAreaField
        {...bind('rationale')}
        label={t('requirements.form.rationale')}
        hint={t('requirements.form.rationaleHint')}
        rows={3}
        maxLength={2000}
      />
    </>
  );
}
