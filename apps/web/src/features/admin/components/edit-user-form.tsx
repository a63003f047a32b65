import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { useUpdateUser } from '../hooks/use-user-mutations';
import type { AdminUser } from '../utils/admin-types';
import {
  EDIT_USER_FIELDS,
  editUserProblems,
  editUserValues,
  toUpdateUserInput,
  type EditUserField,
  type EditUserValues,
} from '../utils/user-form';

interface EditUserFormProps {
  user: AdminUser;
  /** Loads the newest version after a conflict (the form is then started again from it). */
  onReload: () => void;
}

/** Name, active or deactivated, and a new password; optimistic locking on the user's version. */
export function EditUserForm({ user, onReload }: EditUserFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateUser();
  // The version the form started from: a change someone else saves meanwhile (and that a
  // refetch brings in) must come back as a conflict, not be overwritten silently.
  const [base, setBase] = useState(user);
  const [values, setValues] = useState(() => editUserValues(user));
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState(false);
  const fieldId = (field: EditUserField) => `${id}-${field}`;
  const form = useFormProblems(EDIT_USER_FIELDS, fieldId);

  const set = <K extends EditUserField>(field: K, value: EditUserValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    setStatus('');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setConflict(false);
    setStatus('');
    const problems = editUserProblems(values);
    if (Object.keys(problems).length > 0) {
      form.showFieldErrors(translateFieldKeys(problems, t));
      return;
    }
    form.reset();
    const input = toUpdateUserInput(base, values);
    if (!input) {
      setStatus(t('admin.editUser.noChanges'));
      return;
    }
    update.mutate(input, {
      onSuccess: (saved) => {
        setBase(saved);
        setValues(editUserValues(saved));
        setStatus(t('admin.editUser.saved'));
      },
      onError: (error) => {
        setConflict(isApiError(error) && error.code === 'CONFLICT');
        form.showError(error);
      },
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <Field id={fieldId('name')} label={t('admin.editUser.name')} errors={form.errorsFor('name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            name="name"
            autoComplete="off"
            aria-required="true"
            maxLength={200}
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>
      <div className="check field">
        <input
          id={fieldId('active')}
          type="checkbox"
          checked={values.active}
          aria-describedby={`${id}-active-hint`}
          onChange={(event) => set('active', event.target.checked)}
        />
        <label htmlFor={fieldId('active')}>{t('admin.editUser.active')}</label>
        <p id={`${id}-active-hint`} className="field__hint">
          {t('admin.editUser.activeHint')}
        </p>
      </div>
      <Field
        id={fieldId('password')}
        label={t('admin.editUser.password')}
        hint={
          base.hasPassword ? t('admin.editUser.passwordHint') : t('admin.editUser.passwordHintSso')
        }
        errors={form.errorsFor('password')}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="new-password"
            autoComplete="new-password"
            maxLength={200}
            value={values.password}
            onChange={(event) => set('password', event.target.value)}
          />
        )}
      </Field>

      <ErrorSummary errors={form.problems.general} />
      {conflict ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('admin.editUser.reload')}
          </button>
        </p>
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t('admin.editUser.submitting') : t('admin.editUser.submit')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
    </form>
  );
}
