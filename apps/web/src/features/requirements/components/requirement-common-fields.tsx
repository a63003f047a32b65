import { useTranslation } from 'react-i18next';
import type { Horizon, Priority, RationaleKind } from '@web/gql/graphql';
import { Field } from '@web/shared/forms';

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
  const idOf = (field: CommonField) => fieldId(field as unknown as F);
  const errors = (field: CommonField) => errorsFor(field as unknown as F);
  return (
    <>
      <div className="field-row">
        <Field
          id={idOf('horizon')}
          label={t('requirements.form.horizon')}
          errors={errors('horizon')}
        >
          {(control) => (
            <select
              {...control}
              name="horizon"
              value={values.horizon}
              onChange={(event) => onChange('horizon', event.target.value)}
            >
              {horizons.map((horizon) => (
                <option key={horizon} value={horizon}>
                  {t(`gaps.horizon.${horizon}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={idOf('targetDate')}
          label={t('requirements.form.targetDate')}
          hint={t('requirements.form.targetDateHint')}
          errors={errors('targetDate')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="targetDate"
              value={values.targetDate}
              onChange={(event) => onChange('targetDate', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={idOf('priority')}
          label={t('requirements.form.priority')}
          errors={errors('priority')}
        >
          {(control) => (
            <select
              {...control}
              name="priority"
              value={values.priority}
              onChange={(event) => onChange('priority', event.target.value)}
            >
              {priorities.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`gaps.priority.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field
          id={idOf('rationaleKind')}
          label={t('requirements.form.rationaleKind')}
          errors={errors('rationaleKind')}
        >
          {(control) => (
            <select
              {...control}
              name="rationaleKind"
              value={values.rationaleKind}
              onChange={(event) => onChange('rationaleKind', event.target.value)}
            >
              {rationaleKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`requirements.rationaleKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={idOf('reference')}
          label={t('requirements.form.reference')}
          hint={t('requirements.form.referenceHint')}
          errors={errors('reference')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="reference"
              maxLength={500}
              value={values.reference}
              onChange={(event) => onChange('reference', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id={idOf('rationale')}
        label={t('requirements.form.rationale')}
        hint={t('requirements.form.rationaleHint')}
        errors={errors('rationale')}
      >
        {(control) => (
          <textarea
            {...control}
            name="rationale"
            rows={3}
            maxLength={2000}
            value={values.rationale}
            onChange={(event) => onChange('rationale', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
