import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSettingsFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { PageHeading, QueryPending } from '@web/shared/ui';
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
      ) : (
        <QueryPending query={settings} loadingLabel={t('admin.settings.loading')} />
      )}
    </>
  );
}

function SettingsForm({ settings }: { settings: RegionSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const save = useUpdateRegionSettings();
  const [status, setStatus] = useState('');
  const { id, values, setValues, bind, form, stopIf } = useFormValues({
    initial: () => settingsValues(settings),
    fields: SETTINGS_FIELDS,
    onChange: () => setStatus(''),
  });

  const onSubmit = onSubmitUnlessPending(save.isPending, () => {
    setStatus('');
    if (stopIf(settingsProblems(values))) return;
    form.reset();
    save.mutate(toUpdateSettingsInput(values), {
      onSuccess: (saved) => {
        setValues(settingsValues(saved));
        setStatus(t('admin.settings.saved'));
      },
      onError: (error) => form.showError(error),
    });
  });

  const numberField = (field: SettingsField) => (
    <TextField
      {...bind(field)}
      label={t(`admin.settings.fields.${field}.label`)}
      hint={t(`admin.settings.fields.${field}.hint`)}
      inputMode="numeric"
      autoComplete="off"
      required
      inputClassName="input--short"
    />
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

      <FormFooter
        errors={form.problems.general}
        pending={save.isPending}
        submitLabel={t('admin.settings.save')}
        pendingLabel={t('admin.settings.saving')}
        status={status}
      />
    </form>
  );
}
