import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HORIZONS, PRIORITIES, type ScopeOptions } from '@web/features/gaps';
import { FormFooter, useFormProblems, type FieldMessages } from '@web/shared/forms';
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

/** What the pages give a requirement form of either kind. */
export interface RequirementKindFormProps<R extends { unit: { name: string } }, V> {
  /** The requirement being edited (its unit is then fixed); absent when creating. */
  requirement?: R;
  initial: V;
  /** Units the user may put requirements on. */
  unitOptions: ScopeOptions;
  cancelTo: string;
  onSaved: (requirement: R) => void;
  /** Loads the newest version after a conflict (the form then starts again from it). */
  onReload?: () => void;
}

interface RequirementFormShellProps<V extends CommonValues & { unitId: string }, F extends string> {
  state: RequirementFormState<V, F>;
  /** The form's name (read by screen readers). */
  heading: string;
  /** The form's own props, as the page gave them. */
  page: Omit<RequirementKindFormProps<{ unit: { name: string } }, V>, 'initial' | 'onSaved'>;
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
  page: { requirement, unitOptions, cancelTo, onReload },
  children,
}: RequirementFormShellProps<V, F>) {
  const { t } = useTranslation();
  const fixedUnit = requirement ? requirement.unit.name : null;
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
      <FormFooter
        errors={form.problems.general}
        reload={conflict && onReload ? { label: t('requirements.form.reload'), onReload } : null}
        pending={pending}
        submitLabel={t('requirements.form.save')}
        pendingLabel={t('requirements.form.saving')}
        actionsClassName="form__actions button-row"
      >
        <Link to={cancelTo}>{t('requirements.form.cancel')}</Link>
      </FormFooter>
    </form>
  );
}
