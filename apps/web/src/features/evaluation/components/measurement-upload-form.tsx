import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationScopeInput } from '@web/gql/graphql';
import { FileField, FormFooter, useFormProblems } from '@web/shared/forms';
import { useImportMeasurements } from '../hooks/use-evaluation';

const FIELDS = ['contentBase64'] as const;
const fieldId = () => 'upload-file';
const MAX_BYTES = 1024 * 1024;

/** The file's bytes as base64 (the API reads CSV in any encoding, and XLSX). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

interface UploadProps {
  indicatorId: string;
  scope: EvaluationScopeInput;
}

/** Many months at once from a CSV or XLSX file; one bad row refuses the file. */
export function MeasurementUploadForm({ indicatorId, scope }: UploadProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [recorded, setRecorded] = useState<number | null>(null);
  const form = useFormProblems(FIELDS, fieldId);
  const upload = useImportMeasurements();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    setRecorded(null);
    if (!file) {
      form.showFieldErrors({ contentBase64: [t('evaluation.upload.required')] });
      return;
    }
    if (file.size > MAX_BYTES) {
      form.showFieldErrors({ contentBase64: [t('evaluation.upload.tooLarge')] });
      return;
    }
    form.reset();
    upload.mutate(
      { indicatorId, scope, contentBase64: await base64Of(file), fileName: file.name },
      { onSuccess: (result) => setRecorded(result.recorded), onError: form.showError },
    );
  };

  return (
    <form
      className="form evaluation-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="upload-heading"
    >
      <h3 id="upload-heading">{t('evaluation.upload.heading')}</h3>
      <FileField
        id={fieldId()}
        name="file"
        accept=".csv,.xlsx,text/csv"
        label={t('evaluation.upload.file')}
        hint={t('evaluation.upload.hint')}
        onChange={(chosen) => {
          setFile(chosen);
          form.clearField('contentBase64');
        }}
        errors={form.errorsFor('contentBase64')}
      />
      <FormFooter
        errors={form.problems.general}
        pending={upload.isPending}
        submitLabel={t('evaluation.upload.save')}
        pendingLabel={t('evaluation.upload.saving')}
        status={recorded === null ? null : t('evaluation.upload.recorded', { count: recorded })}
      />
    </form>
  );
}
