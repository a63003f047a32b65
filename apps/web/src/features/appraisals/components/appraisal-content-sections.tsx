import { useTranslation } from 'react-i18next';
import { CheckboxField, FieldSet, TextAreaField, TextField } from '@web/shared/forms';
import type { AppraisalFormState } from '../hooks/use-appraisal-form';
import { DEVELOPMENT_WAYS } from '@kp/domain';
import { ActionRows } from './action-rows';
import { FormSection } from './form-section';
import { LevelRows } from './level-rows';
import { TeachingRows } from './teaching-rows';

type LevelList = 'selfDeclarations' | 'developmentWishes' | 'leaderAssessments';

type TextFieldName =
  'hrRegistrationsComment' | 'potentialUsed' | 'potentialNeeds' | 'careerPlan' | 'careerTargetRole';

interface SectionsProps {
  form: Pick<AppraisalFormState, 'values' | 'set' | 'rowHandlers' | 'context' | 'formId'>;
}

/** The ten points of the talk, in the order of the ReKs guide. */
export function AppraisalContentSections({ form }: SectionsProps) {
  const { t } = useTranslation();
  const { values, set, rowHandlers, context, formId } = form;
  const fieldId = context.fieldId;
  const sectionId = (name: string) => `${formId}-section-${name}`;
  /** A free-text field's id, messages, value and change handler. */
  const text = (name: TextFieldName) => ({
    id: fieldId(name),
    errors: context.errorsFor(name),
    value: values[name],
    onChange: (value: string) => set(name, value),
  });
  /** A point of the talk that is a list of competence + level rows. */
  const levelSection = (list: LevelList, number: number) => (
    <FormSection
      id={sectionId(list)}
      number={number}
      title={t(`appraisals.summary.sections.${list}`)}
      intro={t(`appraisals.form.${list}.intro`)}
    >
      <LevelRows list={list} rows={values[list]} context={context} {...rowHandlers(list)} />
    </FormSection>
  );

  return (
    <>
      <FormSection id={sectionId('talk')} number={1} title={t('appraisals.summary.sections.talk')}>
        <TextField
          id={fieldId('heldOn')}
          label={t('appraisals.form.heldOn')}
          hint={t('appraisals.form.heldOnHint')}
          errors={context.errorsFor('heldOn')}
          className="field--date"
          type="date"
          value={values.heldOn}
          onChange={(heldOn) => set('heldOn', heldOn)}
        />
      </FormSection>

      {levelSection('selfDeclarations', 2)}

      <FormSection
        id={sectionId('hrRegistrations')}
        number={3}
        title={t('appraisals.summary.sections.hrRegistrations')}
        intro={t('appraisals.form.hr.intro')}
      >
        <CheckboxField
          id={fieldId('hrRegistrationsChecked')}
          className="field"
          label={t('appraisals.form.hr.checked')}
          checked={values.hrRegistrationsChecked}
          onChange={(checked) => set('hrRegistrationsChecked', checked)}
        />
        <TextAreaField
          {...text('hrRegistrationsComment')}
          label={t('appraisals.form.hr.comment')}
          hint={t('appraisals.form.hr.commentHint')}
          rows={2}
          maxLength={4000}
        />
      </FormSection>

      <FormSection
        id={sectionId('potential')}
        number={4}
        title={t('appraisals.summary.sections.potential')}
      >
        <TextAreaField
          {...text('potentialUsed')}
          label={t('appraisals.form.potential.used')}
          rows={2}
          maxLength={4000}
        />
        <TextAreaField
          {...text('potentialNeeds')}
          label={t('appraisals.form.potential.needs')}
          rows={2}
          maxLength={4000}
        />
      </FormSection>

      <FormSection
        id={sectionId('teaching')}
        number={5}
        title={t('appraisals.summary.sections.teaching')}
        intro={t('appraisals.form.teachingTopics.intro')}
      >
        <TeachingRows
          rows={values.teachingTopics}
          context={context}
          {...rowHandlers('teachingTopics')}
        />
        <CheckboxField
          id={fieldId('teachingConsent')}
          className="field consent"
          label={t('appraisals.form.teachingTopics.consent')}
          hint={t('appraisals.form.teachingTopics.consentHint')}
          checked={values.teachingConsent}
          onChange={(checked) => set('teachingConsent', checked)}
        />
      </FormSection>

      {levelSection('developmentWishes', 6)}

      <FormSection
        id={sectionId('preferredWays')}
        number={7}
        title={t('appraisals.summary.sections.preferredWays')}
      >
        <FieldSet id={fieldId('preferredWays')} legend={t('appraisals.form.ways.legend')}>
          <div className="filters__checks">
            {DEVELOPMENT_WAYS.map((way) => (
              <CheckboxField
                key={way}
                id={fieldId(`preferredWays.${way}`)}
                label={t(`appraisals.ways.${way}`)}
                checked={values.preferredWays.includes(way)}
                onChange={(checked) =>
                  set(
                    'preferredWays',
                    checked
                      ? [...values.preferredWays, way]
                      : values.preferredWays.filter((chosen) => chosen !== way),
                  )
                }
              />
            ))}
          </div>
        </FieldSet>
      </FormSection>

      <FormSection
        id={sectionId('career')}
        number={8}
        title={t('appraisals.summary.sections.career')}
      >
        <TextAreaField
          {...text('careerPlan')}
          label={t('appraisals.form.career.plan')}
          rows={3}
          maxLength={4000}
        />
        <TextField
          {...text('careerTargetRole')}
          label={t('appraisals.form.career.targetRole')}
          hint={t('appraisals.form.career.targetRoleHint')}
          maxLength={200}
        />
      </FormSection>

      <FormSection
        id={sectionId('agreedActions')}
        number={9}
        title={t('appraisals.summary.sections.agreedActions')}
        intro={t('appraisals.form.agreedActions.intro')}
      >
        <ActionRows
          rows={values.agreedActions}
          context={context}
          {...rowHandlers('agreedActions')}
        />
      </FormSection>

      {levelSection('leaderAssessments', 10)}
    </>
  );
}
