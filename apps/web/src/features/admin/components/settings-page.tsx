import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSettingsFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useRegionSettings, useUpdateRegionSettings } from '../hooks/use-region-settings';
import {
  SETTINGS_FIELDS,
  settingsProblems,
  settingsValues,
  toUpdateSettingsInput,
  type SettingsField,
} from '../utils/settings-form';
import { AdminTabs } from './admin-tabs';

/** `/admin/innstillinger`: the region's k, retirement age and session limits. */
export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.settings.title'));
  const settings = useRegionSettings();
  return (
    <>
      <PageHeading lead={t('admin.settings.lead')}>{t('admin.settings.title')}</PageHeading>
      <AdminTabs />
      {settings.data ? (
        <SettingsForm settings={settings.data} />
      ) : settings.isError ? (
        <ErrorState
          error={settings.error}
          retrying={settings.isFetching}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <LoadingState label={t('admin.settings.loading')} />
      )}
    </>
  );
}

function SettingsForm({ settings }: { settings: RegionSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useUpdateRegionSettings();
  const [values, setValues] = useState(() => settingsValues(settings));
  const [status, setStatus] = useState('');
  const fieldId = (field: SettingsField) => `${id}-${field}`;
  const form = useFormProblems(SETTINGS_FIELDS, fieldId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setStatus('');
    const problems = settingsProblems(values);
    if (Object.keys(problems).length > 0) {
      form.showFieldErrors(translateFieldKeys(problems, t));
      return;
    }
    form.reset();
    save.mutate(toUpdateSettingsInput(values), {
      onSuccess: (saved) => {
        setValues(settingsValues(saved));
        setStatus(t('admin.settings.saved'));
      },
      onError: (error) => form.showError(error),
    });
  };

  const numberField = (field: SettingsField) => (
    <Field
      id={fieldId(field)}
      label={t(`admin.settings.fields.${field}.label`)}
      hint={t(`admin.settings.fields.${field}.hint`)}
      errors={form.errorsFor(field)}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          name={field}
          autoComplete="off"
          aria-required="true"
          className="input--short"
          value={values[field]}
          onChange={(event) => {
            const value = event.target.value;
            setValues((current) => ({ ...current, [field]: value }));
            form.clearField(field);
            setStatus('');
          }}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form panel settings-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={onSubmit}
    >
      <h2 id={`${id}-heading`}>{t('admin.settings.heading', { name: settings.name })}</h2>
      <fieldset className="field">
        <legend>{t('admin.settings.figuresHeading')}</legend>
        {numberField('minGroupSize')}
        {numberField('retirementAge')}
      </fieldset>
      <fieldset className="field">
        <legend>{t('admin.settings.sessionsHeading')}</legend>
        {numberField('sessionIdleMinutes')}
        {numberField('sessionAbsoluteHours')}
      </fieldset>

      <ErrorSummary errors={form.problems.general} />

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('admin.settings.saving') : t('admin.settings.save')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
    </form>
  );
}
