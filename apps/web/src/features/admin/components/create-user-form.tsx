import { useTranslation } from 'react-i18next';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { useCreateUser } from '../hooks/use-user-mutations';
import type { AdminUser } from '../utils/admin-types';
import {
  CREATE_USER_FIELDS,
  createUserProblems,
  toCreateUserInput,
  type CreateUserValues,
} from '../utils/user-form';
import { NewPasswordField } from './new-password-field';

const EMPTY: CreateUserValues = { email: '', name: '', password: '' };

/** A new user: e-mail, name and, unless they sign in with single sign-on only, a password. */
export function CreateUserForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const { id, values, bind, form, stopIf } = useFormValues({
    initial: EMPTY,
    fields: CREATE_USER_FIELDS,
  });

  const onSubmit = onSubmitUnlessPending(create.isPending, () => {
    if (stopIf(createUserProblems(values))) return;
    form.reset();
    create.mutate(toCreateUserInput(values), {
      onSuccess: onCreated,
      onError: (error) => form.showError(error),
    });
  });

  return (
    <form className="form" aria-describedby={`${id}-intro`} noValidate onSubmit={onSubmit}>
      <p id={`${id}-intro`} className="form__intro">
        {t('admin.createUser.intro')}
      </p>
      <TextField
        {...bind('email')}
        label={t('admin.createUser.email')}
        type="email"
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        required
        maxLength={320}
      />
      <TextField
        {...bind('name')}
        label={t('admin.createUser.name')}
        autoComplete="off"
        required
        maxLength={200}
      />
      <NewPasswordField
        {...bind('password')}
        label={t('admin.createUser.password')}
        hint={t('admin.createUser.passwordHint')}
      />

      <FormFooter
        errors={form.problems.general}
        pending={create.isPending}
        submitLabel={t('admin.createUser.submit')}
        pendingLabel={t('admin.createUser.submitting')}
      />
    </form>
  );
}
