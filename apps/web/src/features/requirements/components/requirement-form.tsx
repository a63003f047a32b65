import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCompetencesByArea, useCompetences } from '@web/features/competences';
import type { Measure, RequirementFieldsFragment } from '@web/gql/graphql';
import {
  CompetenceField,
  FieldSet,
  SelectField,
  TextField,
  translateFieldKeys,
} from '@web/shared/forms';
import { useSaveRequirement } from '../hooks/use-requirement-mutations';
import {
  missingRequirementFields,
  REQUIREMENT_FORM_FIELDS,
  toCreateRequirementInput,
  toUpdateRequirementInput,
  type RequirementFormValues,
} from '../utils/requirement-form-values';
import {
  RequirementFormShell,
  useRequirementForm,
  type RequirementKindFormProps,
} from './requirement-form-shell';

const MEASURES: readonly Measure[] = ['HEADCOUNT', 'FTE'];

/**
 * A competence requirement: competence × minimum level × how many × horizon × priority,
 * with its rationale. The API checks the rules (level on the competence's scale, amount,
 * target date, duplicates) and its Norwegian messages are shown next to the fields.
 */
export function RequirementForm(
  props: RequirementKindFormProps<RequirementFieldsFragment, RequirementFormValues>,
) {
  const { requirement, initial, onSaved } = props;
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
  const levelOptions = (competence?.scale ?? []).map((step) => ({
    value: String(step.level),
    label: t('requirements.form.levelOption', {
      level: step.level,
      description: shorten(step.description),
    }),
  }));
  // A stored level the scale no longer has stays visible; the API will say why.
  if (
    values.minLevel !== '' &&
    competence &&
    !levelOptions.some((o) => o.value === values.minLevel)
  ) {
    levelOptions.push({
      value: values.minLevel,
      label: t('requirements.form.levelOption', { level: values.minLevel, description: '' }),
    });
  }

  return (
    <RequirementFormShell state={state} heading={t('requirements.form.heading')} page={props}>
      <div className="field-row">
        <CompetenceField
          id={fieldId('competenceId')}
          label={t('requirements.form.competence')}
          errors={form.errorsFor('competenceId')}
          name="competenceId"
          required
          groups={groups}
          value={values.competenceId}
          onChange={(competenceId) => {
            setValues((current) => ({ ...current, competenceId, minLevel: '' }));
            form.clearField('competenceId');
          }}
          placeholder={t('requirements.form.chooseCompetence')}
          choices={competences}
        />
        <SelectField
          id={fieldId('minLevel')}
          label={t('requirements.form.minLevel')}
          hint={t('requirements.form.minLevelHint')}
          errors={form.errorsFor('minLevel')}
          name="minLevel"
          required
          value={values.minLevel}
          onChange={(minLevel) => set('minLevel', minLevel)}
          placeholder={
            competence
              ? t('requirements.form.chooseLevel')
              : t('requirements.form.chooseCompetenceFirst')
          }
          options={levelOptions}
        />
      </div>

      <div className="field-row">
        <TextField
          id={fieldId('required')}
          label={t('requirements.form.required')}
          hint={t('requirements.form.requiredHint')}
          errors={form.errorsFor('required')}
          inputMode="decimal"
          name="required"
          required
          autoComplete="off"
          value={values.required}
          onChange={(required) => set('required', required)}
        />
        <FieldSet
          id={fieldId('measure')}
          legend={t('requirements.form.measure')}
          errors={form.errorsFor('measure')}
        >
          {MEASURES.map((measure) => {
            const radioId =
              measure === 'HEADCOUNT' ? fieldId('measure') : `${fieldId('measure')}-${measure}`;
            return (
              <div key={measure} className="check">
                <input
                  id={radioId}
                  type="radio"
                  name="measure"
                  value={measure}
                  checked={values.measure === measure}
                  onChange={() => set('measure', measure)}
                />
                <label htmlFor={radioId}>{t(`requirements.measure.${measure}`)}</label>
              </div>
            );
          })}
        </FieldSet>
      </div>
    </RequirementFormShell>
  );
}

/** Level descriptions can be long; the option shows the start. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
}
