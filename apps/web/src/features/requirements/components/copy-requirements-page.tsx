import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NoAccessPage } from '@web/features/auth';
import type { CopyRequirementsMutation } from '@web/gql/graphql';
import {
  CheckboxField,
  FieldSet,
  FormFooter,
  onSubmitUnlessPending,
  useFormProblems,
} from '@web/shared/forms';
import { formatInteger } from '@web/shared/format';
import { QueryPending } from '@web/shared/ui';
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
import { EditorFrame, PENDING, useChangeOptions } from './requirement-editor-pages';
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

  const onSubmit = onSubmitUnlessPending(copy.isPending, () => {
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
  });

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
        <QueryPending query={failed ?? PENDING} loadingLabel={t('requirements.loading')} />
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
          <FieldSet
            id={fieldId('targetUnitIds')}
            legend={t('requirements.copy.targets')}
            errors={targetErrors}
            className="copy-targets"
          >
            {source?.serviceType ? (
              <CheckboxField
                id={fieldId('targetServiceType')}
                label={t('requirements.copy.sameServiceType', { serviceType: source.serviceType })}
                checked={values.sameServiceType}
                onChange={(sameServiceType) => {
                  setValues((current) => ({ ...current, sameServiceType }));
                  form.clearField('targetUnitIds');
                }}
              />
            ) : null}
            {groups.map((group, groupIndex) => (
              <fieldset key={group.id} className="copy-targets__group">
                <legend>{group.name}</legend>
                {group.units.map((unit, unitIndex) => (
                  <CheckboxField
                    key={unit.id}
                    // The first box carries the field's id, so focus lands there after an error.
                    id={
                      groupIndex === 0 && unitIndex === 0
                        ? fieldId('targetUnitIds')
                        : `${fieldId('targetUnitIds')}-${unit.id}`
                    }
                    label={unit.label}
                    checked={values.targetUnitIds.includes(unit.id)}
                    onChange={(checked) => toggleTarget(unit.id, checked)}
                  />
                ))}
              </fieldset>
            ))}
          </FieldSet>
          <CheckboxField
            id={`${id}-staffing`}
            label={t('requirements.copy.includeStaffing')}
            checked={values.includeStaffing}
            onChange={(includeStaffing) =>
              setValues((current) => ({ ...current, includeStaffing }))
            }
          />
          <CheckboxField
            id={`${id}-replace`}
            label={t('requirements.copy.replaceExisting')}
            hint={t('requirements.copy.replaceHint')}
            checked={values.replaceExisting}
            onChange={(replaceExisting) =>
              setValues((current) => ({ ...current, replaceExisting }))
            }
          />
          <FormFooter
            errors={form.problems.general}
            pending={copy.isPending}
            submitLabel={t('requirements.copy.submit')}
            pendingLabel={t('requirements.copy.copying')}
            actionsClassName="form__actions button-row"
          >
            <Link to={back}>{t('requirements.copy.back')}</Link>
          </FormFooter>
        </form>
      )}
    </EditorFrame>
  );
}
