import { Field } from '@web/shared/forms';
import type { FormContext } from './form-context';

interface TextFieldProps {
  /** The field's path in the form (its id and its messages come from it). */
  name: string;
  label: string;
  hint?: string;
  /** Lines of a text area; without it, a one-line input. */
  rows?: number;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
  context: FormContext;
}

/** Free text in the appraisal form, with its label, hint and messages. */
export function TextField({
  name,
  label,
  hint,
  rows,
  maxLength,
  value,
  onChange,
  context,
}: TextFieldProps) {
  return (
    <Field id={context.fieldId(name)} label={label} hint={hint} errors={context.errorsFor(name)}>
      {(control) =>
        rows ? (
          <textarea
            {...control}
            rows={rows}
            maxLength={maxLength}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            type="text"
            maxLength={maxLength}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
