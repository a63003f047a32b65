import { useTranslation } from 'react-i18next';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { Dialog } from '@web/shared/ui';
import { useEraseEmployee } from '../hooks/use-employee-privacy';
import type { EmployeeProfile } from '../utils/employee-types';
import { confirmsErasure } from '../utils/privacy';

interface EraseEmployeeDialogProps {
  employee: EmployeeProfile;
  open: boolean;
  /** Focused when the dialog closes after the erasure (its opening button is gone then). */
  fallbackFocusId: string;
  onClose: () => void;
  /** Prepares the page for the erased state; the profile is forgotten once it resolves. */
  onErased: () => Promise<void>;
}

const FIELDS = ['confirmEmployeeNumber'] as const;

/**
 * Erasure cannot be undone, so HR types the employee number to confirm (as
 * the API also requires); a number that does not match is explained, not sent.
 */
export function EraseEmployeeDialog({
  employee,
  open,
  fallbackFocusId,
  onClose,
  onErased,
}: EraseEmployeeDialogProps) {
  const { t } = useTranslation();
  const erase = useEraseEmployee(employee.id);
  // While the erasure runs the dialog stays: closing it would lose the answer.
  const close = () => {
    if (!erase.isPending) onClose();
  };
  return (
    <Dialog
      open={open}
      title={t('employee.privacy.erase.dialog.title', { name: employee.fullName })}
      fallbackFocusId={fallbackFocusId}
      onClose={close}
    >
      <EraseForm employee={employee} erase={erase} onCancel={close} onErased={onErased} />
    </Dialog>
  );
}

function EraseForm({
  employee,
  erase,
  onCancel,
  onErased,
}: {
  employee: EmployeeProfile;
  erase: ReturnType<typeof useEraseEmployee>;
  onCancel: () => void;
  onErased: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { values, bind, form } = useFormValues({
    initial: { confirmEmployeeNumber: '' },
    fields: FIELDS,
    fieldId: (_field, prefix) => `${prefix}-confirm`,
  });
  const typed = values.confirmEmployeeNumber;

  const onSubmit = onSubmitUnlessPending(erase.isPending, () => {
    if (!confirmsErasure(typed, employee.employeeNumber)) {
      form.showFieldErrors({
        confirmEmployeeNumber: [
          t('employee.privacy.erase.dialog.mismatch', { number: employee.employeeNumber }),
        ],
      });
      return;
    }
    form.reset();
    erase.mutate(typed.trim(), {
      onSuccess: () => void onErased().then(erase.forget),
      onError: (error) => form.showError(error),
    });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>{t('employee.privacy.erase.dialog.body', { name: employee.fullName })}</p>
      <TextField
        {...bind('confirmEmployeeNumber')}
        label={t('employee.privacy.erase.dialog.confirmLabel', {
          number: employee.employeeNumber,
        })}
        autoComplete="off"
        spellCheck={false}
        required
        value={typed}
      />

      <FormFooter
        errors={form.problems.general}
        pending={erase.isPending}
        submitLabel={t('employee.privacy.erase.dialog.confirm')}
        pendingLabel={t('employee.privacy.erase.dialog.erasing')}
        actionsClassName="button-row dialog__actions"
        danger
      >
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('employee.privacy.erase.dialog.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
