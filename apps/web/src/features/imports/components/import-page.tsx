import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hrMunicipalityIds, useMe } from '@web/features/auth';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatDateTime, formatInteger, formatPercent } from '@web/shared/format';
import {
  FieldSet,
  FileField,
  FormFooter,
  onSubmitUnlessPending,
  RadioChoice,
  SelectField,
  useFormProblems,
} from '@web/shared/forms';
import { PageHeading, QueryPending, StatusIcon } from '@web/shared/ui';
import { useImportUpload } from '../hooks/use-import-upload';
import {
  changeCount,
  IMPORT_KINDS,
  needsDeactivationConfirmation,
  type ImportKind,
  type ImportReport,
} from '../utils/import-report';
import { fileProblem, type ImportOutcome } from '../utils/import-request';
import { importUnitChoices } from '../utils/import-scope';
import { DeactivationConfirm } from './deactivation-confirm';
import { ImportColumns } from './import-columns';
import { ImportHistory } from './import-history';
import { ImportCounts, ImportErrors, ImportFileFacts, ImportSamples } from './import-report-view';
import { ImportWarnings } from './import-warnings';

const FORM_FIELDS = ['file'] as const;

type Step =
  | { phase: 'choosing' }
  | { phase: 'previewed'; report: ImportReport }
  | { phase: 'done'; report: ImportReport };

/**
 * `/import`: loads employees or qualifications from the HR system's export.
 * The page lists the exact columns the import reads (from the API) with
 * templates. First a dry run shows what would change and every error; only
 * then does "Importer" write, all or nothing. A run that deactivates many
 * people needs the count typed in first, and every applied run can be undone
 * from the history below.
 */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const id = useId();
  const me = useMe();
  const municipalitiesQuery = useMunicipalities();
  const municipalities = useMemo(() => {
    const ids = hrMunicipalityIds(me.data);
    return (municipalitiesQuery.data ?? []).filter((municipality) => ids.includes(municipality.id));
  }, [me.data, municipalitiesQuery.data]);

  const [municipalityNumber, setMunicipalityNumber] = useState('');
  const [kind, setKind] = useState<ImportKind>('employees');
  const [unitId, setUnitId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ phase: 'choosing' });
  const [failure, setFailure] = useState<Extract<ImportOutcome, { kind: 'failure' }> | null>(null);
  const upload = useImportUpload();
  const chosenNumber = municipalityNumber || municipalities[0]?.number || '';
  const chosen = municipalities.find((municipality) => municipality.number === chosenNumber);
  const unitChoices = useMemo(() => importUnitChoices(chosen?.units ?? []), [chosen]);
  const chosenUnit = unitChoices.find((choice) => choice.id === unitId) ?? null;

  const resultHeading = useRef<HTMLHeadingElement>(null);
  const fileInputId = `${id}-file`;
  const form = useFormProblems(FORM_FIELDS, () => fileInputId);
  useEffect(() => {
    if (step.phase !== 'choosing') resultHeading.current?.focus();
  }, [step]);

  // Any new choice makes an earlier preview meaningless.
  const startOver = () => {
    setStep({ phase: 'choosing' });
    setFailure(null);
  };

  const run = (dryRun: boolean, confirmDeactivate: number | null = null) => {
    if (upload.isPending || !file) return;
    setFailure(null);
    upload.mutate(
      {
        target: {
          kind,
          municipalityNumber: chosenNumber,
          dryRun,
          filename: file.name,
          unitId: chosenUnit?.id ?? null,
          confirmDeactivate,
        },
        file,
      },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'failure') {
            setFailure(outcome);
            return;
          }
          setStep(
            outcome.report.applied || !dryRun
              ? { phase: 'done', report: outcome.report }
              : { phase: 'previewed', report: outcome.report },
          );
        },
      },
    );
  };

  const onCheck = onSubmitUnlessPending(false, () => {
    const problem = fileProblem(file);
    if (problem) {
      form.showFieldErrors({ file: [t(problem)] });
      return;
    }
    startOver();
    run(true);
  });

  if (!municipalitiesQuery.data) {
    return (
      <>
        <PageHeading lead={t('import.lead')}>{t('import.title')}</PageHeading>
        <QueryPending query={municipalitiesQuery} loadingLabel={t('import.loading')} />
      </>
    );
  }

  return (
    <>
      <PageHeading lead={t('import.lead')}>{t('import.title')}</PageHeading>
      <form
        className="form panel import-form"
        noValidate
        onSubmit={onCheck}
        aria-labelledby={`${id}-heading`}
      >
        <h2 id={`${id}-heading`}>{t('import.chooseHeading')}</h2>
        <SelectField
          id={`${id}-municipality`}
          label={t('import.municipality')}
          name="municipality"
          value={chosenNumber}
          onChange={(number) => {
            setMunicipalityNumber(number);
            setUnitId('');
            startOver();
          }}
          options={municipalities.map((municipality) => ({
            value: municipality.number,
            label: t('import.municipalityOption', {
              name: municipality.name,
              number: municipality.number,
            }),
          }))}
        />

        <FieldSet id={`${id}-kind`} legend={t('import.kind')} className="choice-group">
          {IMPORT_KINDS.map((option) => (
            <RadioChoice
              key={option}
              id={`${id}-kind-${option}`}
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                startOver();
              }}
              title={t(`import.kinds.${option}.title`)}
              description={t(`import.kinds.${option}.description`)}
            />
          ))}
        </FieldSet>

        <SelectField
          id={`${id}-unit`}
          label={t('import.unit.label')}
          hint={t('import.unit.hint')}
          name="unit"
          value={chosenUnit?.id ?? ''}
          onChange={(chosenId) => {
            setUnitId(chosenId);
            startOver();
          }}
          placeholder={t('import.unit.whole')}
          options={unitChoices.map((choice) => ({ value: choice.id, label: choice.label }))}
        />

        <FileField
          id={fileInputId}
          label={t('import.file.label')}
          hint={t('import.file.hint')}
          errors={form.errorsFor('file')}
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(chosenFile) => {
            setFile(chosenFile);
            form.clearField('file');
            startOver();
          }}
        />

        <FormFooter
          errors={[]}
          pending={upload.isPending}
          submitLabel={t('import.check')}
          pendingLabel={t('import.check')}
        />
      </form>

      <ImportColumns kind={kind} />

      <div role="status" className="import-progress">
        {upload.isPending && upload.progress ? (
          <UploadProgressView progress={upload.progress} />
        ) : null}
      </div>

      {failure ? (
        <div role="alert" className="state state--error">
          <p className="state__title">{t(`import.failure.${failure.reason}`)}</p>
          {failure.message ? <p>{failure.message}</p> : null}
        </div>
      ) : null}

      {step.phase === 'previewed' ? (
        <section aria-labelledby="import-preview-heading" className="section panel import-result">
          <h2 id="import-preview-heading" ref={resultHeading} tabIndex={-1}>
            {t('import.preview.heading')}
          </h2>
          <ImportFileFacts report={step.report} />
          <ImportCounts report={step.report} />
          <ImportErrors report={step.report} />
          <ImportWarnings report={step.report} />
          <ImportSamples report={step.report} kind={kind} />
          {needsDeactivationConfirmation(step.report) && step.report.deactivation ? (
            <DeactivationConfirm
              deactivation={step.report.deactivation}
              scopeName={scopeName(step.report, chosen?.name ?? '')}
              busy={upload.isPending}
              onConfirm={(count) => run(false, count)}
            />
          ) : step.report.ok ? (
            changeCount(step.report) > 0 ? (
              <div className="import-confirm">
                <p>
                  {t('import.preview.ready', {
                    count: changeCount(step.report),
                    formatted: formatInteger(changeCount(step.report)),
                  })}
                </p>
                <button
                  type="button"
                  className="button"
                  aria-disabled={upload.isPending || undefined}
                  onClick={() => run(false)}
                >
                  {upload.isPending ? t('import.importing') : t('import.confirm')}
                </button>
              </div>
            ) : (
              <p className="notice notice--success">
                <StatusIcon kind="success" /> {t('import.preview.noChanges')}
              </p>
            )
          ) : null}
        </section>
      ) : null}

      {step.phase === 'done' ? (
        <section aria-labelledby="import-done-heading" className="section panel import-result">
          <h2 id="import-done-heading" ref={resultHeading} tabIndex={-1} className="with-icon">
            <StatusIcon kind={step.report.applied ? 'success' : 'error'} />
            {step.report.applied ? t('import.done.heading') : t('import.done.failedHeading')}
          </h2>
          <ImportCounts report={step.report} />
          <ImportErrors report={step.report} />
          {step.report.applied ? (
            <>
              {step.report.undoableUntil ? (
                <p>
                  {t('import.done.undoable', {
                    when: formatDateTime(step.report.undoableUntil),
                  })}
                </p>
              ) : null}
              <p>
                <Link to="/ansatte">{t('import.done.toEmployees')}</Link>
              </p>
            </>
          ) : null}
        </section>
      ) : null}

      <ImportHistory municipalityId={chosen?.id ?? null} />
    </>
  );
}

/** 'Gjøvik' or 'Gjøvik, Hjemmetjenesten': where the deactivation happens. */
function scopeName(report: ImportReport, municipalityName: string): string {
  const municipality = report.municipalityName ?? municipalityName;
  return report.unitName ? `${municipality}, ${report.unitName}` : municipality;
}

function UploadProgressView({
  progress,
}: {
  progress: { loaded: number; total: number; processing: boolean };
}) {
  const { t } = useTranslation();
  if (progress.processing || progress.total === 0) {
    return (
      <p className="state state--loading">
        <span className="spinner" aria-hidden="true" />
        {t('import.processing')}
      </p>
    );
  }
  const share = progress.loaded / progress.total;
  return (
    <div className="state">
      <label htmlFor="import-upload-progress">
        {t('import.uploading', { percent: formatPercent(share, { decimals: 0 }) })}
      </label>
      <progress id="import-upload-progress" max={progress.total} value={progress.loaded} />
    </div>
  );
}
