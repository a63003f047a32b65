import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmsDeactivation, readConfirmedCount } from '@kp/domain';
import { formatInteger, formatPercent } from '@web/shared/format';
import { Field } from '@web/shared/forms';
import { StatusIcon } from '@web/shared/ui';
import type { DeactivationSummary } from '../utils/import-report';

interface DeactivationConfirmProps {
  deactivation: DeactivationSummary;
  /** Where the deactivation happens: the municipality, or «unit» in it. */
  scopeName: string;
  busy: boolean;
  onConfirm: (count: number) => void;
}

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
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const count = formatInteger(deactivation.count);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!confirmsDeactivation(typed, deactivation.count)) {
      setError(
        readConfirmedCount(typed) === null
          ? t('import.deactivation.typeCount', { count })
          : t('import.deactivation.mismatch', { typed: typed.trim(), count }),
      );
      document.getElementById(`${id}-count`)?.focus();
      return;
    }
    setError(null);
    onConfirm(deactivation.count);
  };

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
      <Field
        id={`${id}-count`}
        label={t('import.deactivation.label', { count })}
        errors={error ? [error] : []}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            name="confirmDeactivate"
            autoComplete="off"
            spellCheck={false}
            aria-required="true"
            className="input--short"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--danger" aria-disabled={busy || undefined}>
          {busy ? t('import.importing') : t('import.deactivation.confirm', { count })}
        </button>
      </div>
    </form>
  );
}
