import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorMessage } from '@web/shared/graphql';

/** Attributes that tie a control to its label, hint and error message. */
export interface ControlAttributes {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  errors?: readonly string[];
  hint?: ReactNode;
  className?: string;
  children: (control: ControlAttributes) => ReactNode;
}

/**
 * One labelled form control with its hint and error. The error comes before
 * the control, so a screen reader reaches it first, and is tied to the
 * control with aria-describedby.
 */
export function Field({ id, label, errors = [], hint, className, children }: FieldProps) {
  const invalid = errors.length > 0;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  const classes = ['field', invalid ? 'field--invalid' : null, className].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': invalid || undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}

/** The form's general errors (those of no field), announced as they appear. */
export function ErrorSummary({ errors }: { errors: readonly ErrorMessage[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="form__error">
      {errors.map((problem, index) => (
        <p key={index}>{'text' in problem ? problem.text : t(problem.key)}</p>
      ))}
    </div>
  );
}
