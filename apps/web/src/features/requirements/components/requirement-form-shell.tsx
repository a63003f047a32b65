import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HORIZONS, PRIORITIES, type ScopeOptions } from '@web/features/gaps';
import { ErrorSummary, useFormProblems, type FieldMessages } from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { RATIONALE_KINDS } from '../utils/requirement-form-values';
import { RequirementCommonFields, type CommonValues } from './requirement-common-fields';
import { UnitSelect } from './unit-select';

interface RequirementFormOptions<V extends CommonValues & { unitId: string }, F extends string> {
  initial: V;
  fields: readonly F[];
  /** Messages for fields left empty; nothing is sent while there are any. */
  missing: (values: V) => FieldMessages<F>;
  /** Sends the values; `done` gets the API's error, if any. */
  submit: (values: V, done: { onError: (error: unknown) => void }) => void;
  pending: boolean;
}

/**
 * The state of a requirement form of either kind: values, field problems (shown at the
 * fields, focus on the first), and whether the last save met a newer version (CONFLICT).
 */
export function useRequirementForm<V extends CommonValues & { unitId: string }, F extends string>({
  initial,
  fields,
  missing,
  submit,
  pending,
}: RequirementFormOptions<V, F>) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const fieldId = (field: F) => `${id}-${field}`;
  const form = useFormProblems(fields, fieldId);

  const set = <K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key as unknown as F);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setConflict(false);
    const messages = missing(values);
    if (Object.keys(messages).length > 0) {
      form.showFieldErrors(messages);
      return;
    }
    form.reset();
    submit(values, {
      onError: (error) => {
        setConflict(isApiError(error) && error.code === 'CONFLICT');
        form.showError(error);
      },
    });
  };

  return { id, values, setValues, set, fieldId, form, conflict, onSubmit, pending };
}

type RequirementFormState<
  V extends CommonValues & { unitId: string },
  F extends string,
> = ReturnType<typeof useRequirementForm<V, F>>;

interface RequirementFormShellProps<V extends CommonValues & { unitId: string }, F extends string> {
  state: RequirementFormState<V, F>;
  /** The form's name (read by screen readers). */
  heading: string;
  /** The unit's name when editing (the unit is then fixed). */
  fixedUnit: string | null;
  unitOptions: ScopeOptions;
  cancelTo: string;
  onReload?: () => void;
  /** What this kind of requirement asks for (competence and level, or profession and årsverk). */
  children: ReactNode;
}

/** The frame both requirement forms share: unit, their own fields, when and why, and saving. */
export function RequirementFormShell<
  V extends CommonValues & { unitId: string },
  F extends string,
>({
  state,
  heading,
  fixedUnit,
  unitOptions,
  cancelTo,
  onReload,
  children,
}: RequirementFormShellProps<V, F>) {
  const { t } = useTranslation();
  const { id, values, set, fieldId, form, conflict, onSubmit, pending } = state;
  return (
    <form className="form panel" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {heading}
      </h2>
      {fixedUnit !== null ? (
        <p className="form__intro">{t('requirements.form.unitFixed', { unit: fixedUnit })}</p>
      ) : (
        <UnitSelect
          id={fieldId('unitId' as F)}
          options={unitOptions}
          value={values.unitId}
          errors={form.errorsFor('unitId' as F)}
          onChange={(unitId) => set('unitId', unitId as V['unitId'])}
        />
      )}
      {children}
      <RequirementCommonFields
        values={values}
        fieldId={fieldId}
        errorsFor={form.errorsFor}
        onChange={(key, value) => set(key, value as V[typeof key])}
        horizons={HORIZONS}
        priorities={PRIORITIES}
        rationaleKinds={RATIONALE_KINDS}
      />
      <ErrorSummary errors={form.problems.general} />
      {conflict && onReload ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('requirements.form.reload')}
          </button>
        </p>
      ) : null}
      <div className="form__actions button-row">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('requirements.form.saving') : t('requirements.form.save')}
        </button>
        <Link to={cancelTo}>{t('requirements.form.cancel')}</Link>
      </div>
    </form>
  );
}
