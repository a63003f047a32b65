import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './field';

/** What every field of the kit takes: the label, hint and errors that Field shows. */
interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
  required?: boolean;
}

type NativeInput = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'required' | 'className'
>;

interface TextFieldProps extends FieldFrame, NativeInput {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text, number, date or search input. Required is announced, not enforced by the browser. */
export function TextField({
  id,
  label,
  hint,
  errors,
  className,
  required,
  value,
  onChange,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <input
          {...control}
          {...input}
          type={type}
          aria-required={required || undefined}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

type NativeTextArea = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'required' | 'className'
>;

interface TextAreaFieldProps extends FieldFrame, NativeTextArea {
  value: string;
  onChange: (value: string) => void;
}

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  className,
  required,
  value,
  onChange,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <textarea
          {...control}
          {...textarea}
          aria-required={required || undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  /** The group's heading (a municipality, a competence area). */
  label: string;
  options: readonly SelectOption[];
}

interface SelectFieldProps extends FieldFrame {
  name?: string;
  value: string;
  onChange: (value: string) => void;
  /** The empty choice first ("Alle", "Velg …"); left out when there is none. */
  placeholder?: string;
  options?: readonly SelectOption[];
  /** Grouped choices (optgroups), after `options`. */
  groups?: readonly SelectOptionGroup[];
  disabled?: boolean;
}

/** A labelled select with an optional empty choice, plain options and option groups. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  className,
  required,
  name,
  value,
  onChange,
  placeholder,
  options = [],
  groups = [],
  disabled,
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select
          {...control}
          name={name}
          aria-required={required || undefined}
          disabled={disabled}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOptions placeholder={placeholder} options={options} groups={groups} />
        </select>
      )}
    </Field>
  );
}

/** The option elements of a select, for selects that are not a whole field (table rows). */
export function SelectOptions({
  placeholder,
  options = [],
  groups = [],
}: {
  placeholder?: string;
  options?: readonly SelectOption[];
  groups?: readonly SelectOptionGroup[];
}) {
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  value?: string;
  /** Shown under the label and tied to the box with aria-describedby. */
  hint?: ReactNode;
  /** Classes beside `check` ("field", "consent"). */
  className?: string;
}

/** One checkbox with its label after it. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  name,
  value,
  hint,
  className,
}: CheckboxFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `check ${className}` : 'check'}>
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface FieldSetProps {
  /** Prefix of the error's id (`<id>-error`). */
  id: string;
  legend: ReactNode;
  errors?: readonly string[];
  className?: string;
  children: ReactNode;
}

/**
 * A group of controls under one legend (radio buttons, rows of selects), with the group's
 * error before the controls, tied to the group with aria-describedby.
 */
export function FieldSet({ id, legend, errors = [], className, children }: FieldSetProps) {
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const classes = ['field', invalid ? 'field--invalid' : null, className].filter(Boolean);
  return (
    <fieldset className={classes.join(' ')} aria-describedby={invalid ? errorId : undefined}>
      <legend>{legend}</legend>
      {invalid ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
