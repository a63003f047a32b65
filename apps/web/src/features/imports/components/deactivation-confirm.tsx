import { useTranslation } from 'react-i18next';
import { confirmsDeactivation, readConfirmedCount } from '@kp/domain';
import { formatInteger, formatPercent } from '@web/shared/format';
import { FormFooter, onSubmitUnlessPending, TextField, useFormValues } from '@web/shared/forms';
import { StatusIcon } from '@web/shared/ui';
import type { DeactivationSummary } from '../utils/import-report';

interface DeactivationConfirmProps {
  deactivation: DeactivationSummary;
  /** Where the deactivation happens: the municipality, or «unit» in it. */
  scopeName: string;
  busy: boolean;
  onConfirm: (count: number) => void;
}

const FIELDS = ['confirmDeactivate'] as const;

/**
 * The step a mass deactivation needs before it is applied: the count is named, and the user
 * types it. A click alone cannot do it, and the API refuses the run without the same number.
 */
export function DeactivationConfirm({
  deactivation,
  scopeName,
  busy,
  onConfirm,
}: DeactivationConfirmProps) {
  const { t } = useTranslation();
  const { id, values, bind, form } = useFormValues({
    initial: { confirmDeactivate: '' },
    fields: FIELDS,
    fieldId: (_field, prefix) => `${prefix}-count`,
  });
  const typed = values.confirmDeactivate;
  const count = formatInteger(deactivation.count);

  const onSubmit = onSubmitUnlessPending(busy, () => {
    if (!confirmsDeactivation(typed, deactivation.count)) {
      form.showFieldErrors({
        confirmDeactivate: [
          readConfirmedCount(typed) === null
            ? t('import.deactivation.typeCount', { count })
            : t('import.deactivation.mismatch', { typed: typed.trim(), count }),
        ],
      });
      return;
    }
    form.reset();
    onConfirm(deactivation.count);
  });

  return (
    <form
      className="form import-confirm notice notice--warning"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`} className="notice__title">
        <StatusIcon kind="warning" />
        {t('import.deactivation.heading', { count })}
      </h3>
      <p>
        {t('import.deactivation.body', {
          count,
          active: formatInteger(deactivation.activeInScope),
          share:
            deactivation.activeInScope > 0
              ? formatPercent(deactivation.count / deactivation.activeInScope, { decimals: 0 })
              : '–',
          scope: scopeName,
        })}
      </p>
      <p>{t('import.deactivation.advice')}</p>
      <TextField
        {...bind('confirmDeactivate')}
        label={t('import.deactivation.label', { count })}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        inputClassName="input--short"
        value={typed}
      />
      <FormFooter
        errors={form.problems.general}
        pending={busy}
        submitLabel={t('import.deactivation.confirm', { count })}
        pendingLabel={t('import.importing')}
        danger
      />
    </form>
  );
}
