import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, ErrorSummary, translateFieldKeys, useFormProblems } from '@web/shared/forms';
import { useCreateUser } from '../hooks/use-user-mutations';
import type { AdminUser } from '../utils/admin-types';
import {
  CREATE_USER_FIELDS,
  createUserProblems,
  toCreateUserInput,
  type CreateUserField,
  type CreateUserValues,
} from '../utils/user-form';

const EMPTY: CreateUserValues = { email: '', name: '', password: '' };

/** A new user: e-mail, name and, unless they sign in with single sign-on only, a password. */
export function CreateUserForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateUser();
  const [values, setValues] = useState(EMPTY);
  const fieldId = (field: CreateUserField) => `${id}-${field}`;
  const form = useFormProblems(CREATE_USER_FIELDS, fieldId);

  const set = (field: CreateUserField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const problems = createUserProblems(values);
    if (Object.keys(problems).length > 0) {
      form.showFieldErrors(translateFieldKeys(problems, t));
      return;
    }
    form.reset();
    create.mutate(toCreateUserInput(values), {
      onSuccess: onCreated,
      onError: (error) => form.showError(error),
    });
  };

  return (
    <form className="form" aria-describedby={`${id}-intro`} noValidate onSubmit={onSubmit}>
      <p id={`${id}-intro`} className="form__intro">
        {t('admin.createUser.intro')}
      </p>
      <Field
        id={fieldId('email')}
        label={t('admin.createUser.email')}
        errors={form.errorsFor('email')}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            aria-required="true"
            maxLength={320}
            value={values.email}
            onChange={(event) => set('email', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={fieldId('name')}
        label={t('admin.createUser.name')}
        errors={form.errorsFor('name')}
      >
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
      <Field
        id={fieldId('password')}
        label={t('admin.createUser.password')}
        hint={t('admin.createUser.passwordHint')}
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

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t('admin.createUser.submitting') : t('admin.createUser.submit')}
        </button>
      </div>
    </form>
  );
}
