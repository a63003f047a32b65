import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NoAccessPage } from '@web/features/auth';
import type { CopyRequirementsMutation } from '@web/gql/graphql';
import { ErrorSummary, useFormProblems } from '@web/shared/forms';
import { formatInteger } from '@web/shared/format';
import { ErrorState, LoadingState } from '@web/shared/ui';
import { useCopyRequirements } from '../hooks/use-requirement-mutations';
import {
  copyProblem,
  copyTargetGroups,
  EMPTY_COPY_VALUES,
  toCopyRequirementsInput,
  type CopyFormValues,
} from '../utils/copy-requirements-input';
import { canCopyRequirements, readOptions } from '../utils/requirement-access';
import { requirementsPath, unitRequirementsPath } from '../utils/requirement-paths';
import { EditorFrame, useChangeOptions } from './requirement-editor-pages';
import { UnitSelect } from './unit-select';

const COPY_FIELDS = ['sourceUnitId', 'targetUnitIds', 'targetServiceType'] as const;
type CopyField = (typeof COPY_FIELDS)[number];

/**
 * `/krav/kopier?enhet=…`: "Kopier krav til andre enheter". A unit's set (the regional
 * baseline for, say, nursing homes) is copied to units the user may change, which may then
 * adjust it. For the coordinator (anywhere) and HR (in their municipality).
 */
export function CopyRequirementsPage() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams] = useSearchParams();
  const { me, municipalities, options, ready, failed } = useChangeOptions();
  const all = useMemo(() => readOptions(municipalities.data ?? []), [municipalities.data]);
  const units = useMemo(
    () => (municipalities.data ?? []).flatMap((m) => m.units),
    [municipalities.data],
  );
  const [sourceUnitId, setSourceUnitId] = useState(searchParams.get('enhet') ?? '');
  const [values, setValues] = useState<CopyFormValues>(EMPTY_COPY_VALUES);
  const [result, setResult] = useState<CopyRequirementsMutation['copyRequirements'] | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const copy = useCopyRequirements();
  const fieldId = (field: CopyField) => `${id}-${field}`;
  const form = useFormProblems(COPY_FIELDS, fieldId);
  const source = units.find((unit) => unit.id === sourceUnitId);
  const groups = copyTargetGroups(options, sourceUnitId);
  const back = source ? unitRequirementsPath(source.id) : requirementsPath();

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  if (ready && !canCopyRequirements(me.data)) return <NoAccessPage user={me.data!} />;

  const toggleTarget = (unitId: string, checked: boolean) => {
    setValues((current) => ({
      ...current,
      targetUnitIds: checked
        ? [...current.targetUnitIds, unitId]
        : current.targetUnitIds.filter((candidate) => candidate !== unitId),
    }));
    form.clearField('targetUnitIds');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (copy.isPending) return;
    setResult(null);
    const problems: Partial<Record<CopyField, string[]>> = {};
    if (!sourceUnitId) problems.sourceUnitId = [t('requirements.copy.errors.noSource')];
    const targetProblem = copyProblem(values);
    if (targetProblem) problems.targetUnitIds = [t(targetProblem)];
    if (Object.keys(problems).length > 0) {
      form.showFieldErrors(problems);
      return;
    }
    form.reset();
    copy.mutate(toCopyRequirementsInput(sourceUnitId, source?.serviceType ?? null, values), {
      onSuccess: (copied) => {
        setResult(copied);
        setValues(EMPTY_COPY_VALUES);
      },
      onError: (error) => form.showError(error),
    });
  };

  const targetErrors = form.errorsFor('targetUnitIds');
  return (
    <EditorFrame
      title={t('requirements.copy.title')}
      lead={t('requirements.copy.lead')}
      back={back}
    >
      {result ? (
        <div ref={resultRef} tabIndex={-1} role="status" className="notice notice--success">
          {t('requirements.copy.result', {
            units: t('requirements.copy.unitCount', {
              count: result.targetUnitIds.length,
              formatted: formatInteger(result.targetUnitIds.length),
            }),
            created: formatInteger(result.created),
            updated: formatInteger(result.updated),
            skipped: formatInteger(result.skipped),
          })}
        </div>
      ) : null}
      {!ready ? (
        failed ? (
          <ErrorState
            error={failed.error}
            retrying={failed.isFetching}
            onRetry={() => void failed.refetch()}
          />
        ) : (
          <LoadingState label={t('requirements.loading')} />
        )
      ) : (
        <form
          className="form panel"
          aria-labelledby={`${id}-heading`}
          noValidate
          onSubmit={onSubmit}
        >
          <h2 id={`${id}-heading`} className="visually-hidden">
            {t('requirements.copy.title')}
          </h2>
          <UnitSelect
            id={fieldId('sourceUnitId')}
            label={t('requirements.copy.source')}
            options={all}
            value={sourceUnitId}
            errors={form.errorsFor('sourceUnitId')}
            onChange={(unitId) => {
              setSourceUnitId(unitId);
              form.clearField('sourceUnitId');
            }}
          />
          <fieldset
            className={
              targetErrors.length > 0 ? 'field field--invalid copy-targets' : 'field copy-targets'
            }
            aria-describedby={
              targetErrors.length > 0 ? `${fieldId('targetUnitIds')}-error` : undefined
            }
          >
            <legend>{t('requirements.copy.targets')}</legend>
            {targetErrors.length > 0 ? (
              <p id={`${fieldId('targetUnitIds')}-error`} className="field__error">
                {targetErrors.join(' ')}
              </p>
            ) : null}
            {source?.serviceType ? (
              <div className="check">
                <input
                  id={fieldId('targetServiceType')}
                  type="checkbox"
                  checked={values.sameServiceType}
                  onChange={(event) => {
                    setValues((current) => ({ ...current, sameServiceType: event.target.checked }));
                    form.clearField('targetUnitIds');
                  }}
                />
                <label htmlFor={fieldId('targetServiceType')}>
                  {t('requirements.copy.sameServiceType', { serviceType: source.serviceType })}
                </label>
              </div>
            ) : null}
            {groups.map((group, groupIndex) => (
              <fieldset key={group.id} className="copy-targets__group">
                <legend>{group.name}</legend>
                {group.units.map((unit, unitIndex) => {
                  // The first box carries the field's id, so focus lands there after an error.
                  const boxId =
                    groupIndex === 0 && unitIndex === 0
                      ? fieldId('targetUnitIds')
                      : `${fieldId('targetUnitIds')}-${unit.id}`;
                  return (
                    <div key={unit.id} className="check">
                      <input
                        id={boxId}
                        type="checkbox"
                        checked={values.targetUnitIds.includes(unit.id)}
                        onChange={(event) => toggleTarget(unit.id, event.target.checked)}
                      />
                      <label htmlFor={boxId}>{unit.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </fieldset>
          <div className="check">
            <input
              id={`${id}-staffing`}
              type="checkbox"
              checked={values.includeStaffing}
              onChange={(event) =>
                setValues((current) => ({ ...current, includeStaffing: event.target.checked }))
              }
            />
            <label htmlFor={`${id}-staffing`}>{t('requirements.copy.includeStaffing')}</label>
          </div>
          <div className="check">
            <input
              id={`${id}-replace`}
              type="checkbox"
              aria-describedby={`${id}-replace-hint`}
              checked={values.replaceExisting}
              onChange={(event) =>
                setValues((current) => ({ ...current, replaceExisting: event.target.checked }))
              }
            />
            <label htmlFor={`${id}-replace`}>{t('requirements.copy.replaceExisting')}</label>
            <p id={`${id}-replace-hint`} className="field__hint">
              {t('requirements.copy.replaceHint')}
            </p>
          </div>
          <ErrorSummary errors={form.problems.general} />
          <div className="form__actions button-row">
            <button type="submit" className="button" aria-disabled={copy.isPending || undefined}>
              {copy.isPending ? t('requirements.copy.copying') : t('requirements.copy.submit')}
            </button>
            <Link to={back}>{t('requirements.copy.back')}</Link>
          </div>
        </form>
      )}
    </EditorFrame>
  );
}
