import { useState, type FormEvent, type ReactNode } from 'react';
import { TextField, useChoicesState, type ChoicesQuery } from './controls';

interface FiltersFormProps {
  /** The search landmark's name ("Filtrer ansatte"). */
  label: string;
  /** The fields, laid out in the filter grid. */
  children: ReactNode;
  /** Checkboxes (or a fieldset of them) under the grid. */
  checks?: ReactNode;
  applyLabel: string;
  onApply: () => void;
  /** Shows a reset button that calls this. */
  reset?: { label: string; onReset: () => void };
  /** The apply button says it cannot apply (the filters contradict each other); it stays focusable. */
  applyBlocked?: boolean;
  /** Framed as a panel (the list pages) or plain (a narrow filter above a log). */
  framed?: boolean;
}

/**
 * The frame of every filter form: a search landmark, the field grid, the checks and the
 * buttons. Filters apply when the form is sent, not on every change, so screen-reader users
 * are not interrupted by a table or chart that redraws under them.
 */
export function FiltersForm({
  label,
  children,
  checks,
  applyLabel,
  onApply,
  reset,
  applyBlocked = false,
  framed = true,
}: FiltersFormProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!applyBlocked) onApply();
  };
  return (
    <form
      role="search"
      className={framed ? 'filters panel' : 'filters'}
      aria-label={label}
      onSubmit={onSubmit}
    >
      <div className="filters__grid">{children}</div>
      {checks}
      <div className="filters__actions">
        <button type="submit" className="button" aria-disabled={applyBlocked || undefined}>
          {applyLabel}
        </button>
        {reset ? (
          <button type="button" className="button button--secondary" onClick={reset.onReset}>
            {reset.label}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The values a filter form edits before they are applied, starting from those in effect;
 * `apply` sends them, `reset` empties the form and applies the empty filters at once.
 */
export function useFilterValues<T extends object>(
  initial: T,
  { empty, onApply }: { empty?: T; onApply: (filters: T) => void },
) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const reset = () => {
    if (empty === undefined) return;
    setValues({ ...empty });
    onApply(empty);
  };
  return { values, setValues, set, apply: () => onApply(values), reset };
}

interface PickerFormProps {
  /** The form's name ("Velg samtalerunde"). */
  label: string;
  /** The form's own class ("cycle-picker"), beside "filters". */
  className: string;
  /** The select: its id, label, value and options. */
  select: { id: string; label: string; value: string; onChange: (value: string) => void };
  /** Where the options come from, when they are loaded: shows its loading and error state. */
  choices?: ChoicesQuery;
  applyLabel: string;
  onApply: () => void;
  /** The option elements. */
  children: ReactNode;
}

/**
 * One choice applied with a button beside it (another cycle, another scope). Not applied on
 * change, so moving through the list with the arrow keys does not load page after page.
 */
export function PickerForm({
  label,
  className,
  select,
  choices,
  applyLabel,
  onApply,
  children,
}: PickerFormProps) {
  const state = useChoicesState(choices);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  const errorId = `${select.id}-error`;
  const hintId = `${select.id}-hint`;
  const describedBy = state.error ? errorId : state.hint ? hintId : undefined;
  return (
    <form className={`filters ${className}`} onSubmit={onSubmit} aria-label={label}>
      <div className="field field--inline">
        <label htmlFor={select.id}>{select.label}</label>
        <select
          id={select.id}
          value={select.value}
          aria-busy={state.loading || undefined}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => select.onChange(event.target.value)}
        >
          {children}
        </select>
        <button type="submit" className="button button--secondary">
          {applyLabel}
        </button>
      </div>
      {state.hint ? (
        <p id={hintId} className="field__hint">
          {state.hint}
        </p>
      ) : null}
      {state.error ? (
        <p id={errorId} className="field__error">
          {state.error}
        </p>
      ) : null}
      {state.retry}
    </form>
  );
}

/** The free-text search of a filter form: the whole width of the grid, `sok` in the address. */
export function SearchField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (search: string) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      className="filters__wide"
      type="search"
      name="sok"
      autoComplete="off"
      value={value}
      onChange={onChange}
    />
  );
}
