import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@web/shared/ui/use-error-text';
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
  /** Classes of the input itself ("input--short"); `className` is the field's. */
  inputClassName?: string;
  /** Suggestions offered while typing (a datalist); any other text is allowed too. */
  suggestions?: readonly string[];
}

/**
 * A labelled text, e-mail, password, number, date or search input (`type`). Required is
 * announced, not enforced by the browser: the form's own check explains what is missing.
 */
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
  inputClassName,
  suggestions,
  ...input
}: TextFieldProps) {
  const listId = suggestions ? `${id}-suggestions` : undefined;
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <>
          <input
            {...control}
            {...input}
            type={type}
            className={inputClassName}
            list={listId}
            aria-required={required || undefined}
            value={value}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          />
          {suggestions ? (
            <datalist id={listId}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          ) : null}
        </>
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

/**
 * The query a select's choices come from (a TanStack Query result). While it has no data
 * the field says that the choices are loading, or that they failed with "Prøv igjen",
 * instead of showing an empty list as if there were nothing to choose.
 */
export interface ChoicesQuery {
  data?: unknown;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
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
  /** Where the choices come from, when they are loaded: shows its loading and error state. */
  choices?: ChoicesQuery;
  /** Options written out by the caller (indented trees), instead of `options`/`groups`. */
  children?: ReactNode;
}

/** A labelled select with an optional empty choice, plain options and option groups. */
export function SelectField({
  id,
  label,
  hint,
  errors = [],
  className,
  required,
  name,
  value,
  onChange,
  placeholder,
  options = [],
  groups = [],
  disabled,
  choices,
  children,
}: SelectFieldProps) {
  const state = useChoicesState(choices);
  return (
    <Field
      id={id}
      label={label}
      hint={
        state.hint ? (
          <>
            {hint ? <>{hint} </> : null}
            {state.hint}
          </>
        ) : (
          hint
        )
      }
      errors={state.error ? [...errors, state.error] : errors}
      className={className}
    >
      {(control) => (
        <>
          <select
            {...control}
            name={name}
            aria-required={required || undefined}
            aria-busy={state.loading || undefined}
            disabled={disabled}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            {children ?? (
              <SelectOptions placeholder={placeholder} options={options} groups={groups} />
            )}
          </select>
          {state.retry}
        </>
      )}
    </Field>
  );
}

/** What a select shows about its choices' query: a loading note, or the error and a retry. */
export function useChoicesState(choices: ChoicesQuery | undefined): {
  loading: boolean;
  hint: ReactNode;
  error: string | null;
  retry: ReactNode;
} {
  const { t } = useTranslation();
  const reason = useErrorText(choices?.error);
  if (!choices || choices.data !== undefined) {
    return { loading: false, hint: null, error: null, retry: null };
  }
  if (!choices.isError) {
    return {
      loading: true,
      hint: <span role="status">{t('common.choicesLoading')}</span>,
      error: null,
      retry: null,
    };
  }
  return {
    loading: false,
    hint: null,
    error: t('common.choicesFailed', { reason }),
    retry: (
      <button
        type="button"
        className="button button--small button--secondary field__retry"
        aria-disabled={choices.isFetching || undefined}
        onClick={() => {
          if (!choices.isFetching) void choices.refetch();
        }}
      >
        {choices.isFetching ? t('common.retrying') : t('common.retry')}
      </button>
    ),
  };
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
  /** Shown under the legend, before the error. */
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
  children: ReactNode;
}

/**
 * A group of controls under one legend (radio buttons, rows of selects), with the group's
 * error before the controls, tied to the group with aria-describedby.
 */
export function FieldSet({ id, legend, hint, errors = [], className, children }: FieldSetProps) {
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const classes = ['field', invalid ? 'field--invalid' : null, className].filter(Boolean);
  return (
    <fieldset className={classes.join(' ')} aria-describedby={invalid ? errorId : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {invalid ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

interface RadioChoiceProps {
  id: string;
  /** The group's name: one per group of choices. */
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  title: ReactNode;
  /** What the choice means, under its title. */
  description: ReactNode;
  invalid?: boolean;
}

/** One radio button with a title and a description (a level, a kind of import). */
export function RadioChoice({
  id,
  name,
  value,
  checked,
  onChange,
  title,
  description,
  invalid = false,
}: RadioChoiceProps) {
  return (
    <div className="choice">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        aria-invalid={invalid || undefined}
        onChange={onChange}
      />
      <label htmlFor={id}>
        <span className="choice__title">{title}</span>
        <span className="choice__description">{description}</span>
      </label>
    </div>
  );
}

interface FileFieldProps extends FieldFrame {
  name: string;
  /** The file types offered in the browser's file dialog. */
  accept: string;
  onChange: (file: File | null) => void;
}

/** A labelled file input (uncontrolled: the browser keeps the chosen file). */
export function FileField({
  id,
  label,
  hint,
  errors,
  className,
  name,
  accept,
  onChange,
}: FileFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <input
          {...control}
          type="file"
          name={name}
          accept={accept}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}
