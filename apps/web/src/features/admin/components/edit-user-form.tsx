import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  FormFooter,
  onSubmitUnlessPending,
  TextField,
  useFormValues,
} from '@web/shared/forms';
import { isApiError } from '@web/shared/graphql';
import { useUpdateUser } from '../hooks/use-user-mutations';
import type { AdminUser } from '../utils/admin-types';
import {
  EDIT_USER_FIELDS,
  editUserProblems,
  editUserValues,
  toUpdateUserInput,
} from '../utils/user-form';
import { NewPasswordField } from './new-password-field';

interface EditUserFormProps {
  user: AdminUser;
  /** Loads the newest version after a conflict (the form is then started again from it). */
  onReload: () => void;
}

/** Name, active or deactivated, and a new password; optimistic locking on the user's version. */
export function EditUserForm({ user, onReload }: EditUserFormProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  // The version the form started from: a change someone else saves meanwhile (and that a
  // refetch brings in) must come back as a conflict, not be overwritten silently.
  const [base, setBase] = useState(user);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState(false);
  const { values, setValues, set, fieldId, bind, form, stopIf } = useFormValues({
    initial: () => editUserValues(user),
    fields: EDIT_USER_FIELDS,
    onChange: () => setStatus(''),
  });

  const onSubmit = onSubmitUnlessPending(update.isPending, () => {
    setConflict(false);
    setStatus('');
    if (stopIf(editUserProblems(values))) return;
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
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        {...bind('name')}
        label={t('admin.editUser.name')}
        autoComplete="off"
        required
        maxLength={200}
      />
      <CheckboxField
        id={fieldId('active')}
        className="field"
        label={t('admin.editUser.active')}
        hint={t('admin.editUser.activeHint')}
        checked={values.active}
        onChange={(active) => set('active', active)}
      />
      <NewPasswordField
        {...bind('password')}
        label={t('admin.editUser.password')}
        hint={
          base.hasPassword ? t('admin.editUser.passwordHint') : t('admin.editUser.passwordHintSso')
        }
      />

      <FormFooter
        errors={form.problems.general}
        reload={conflict ? { label: t('admin.editUser.reload'), onReload } : null}
        pending={update.isPending}
        submitLabel={t('admin.editUser.submit')}
        pendingLabel={t('admin.editUser.submitting')}
        status={status}
      />
    </form>
  );
}
