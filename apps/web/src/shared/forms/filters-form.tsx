import { useState, type FormEvent, type ReactNode } from 'react';

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
}: FiltersFormProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form role="search" className="filters panel" aria-label={label} onSubmit={onSubmit}>
      <div className="filters__grid">{children}</div>
      {checks}
      <div className="filters__actions">
        <button type="submit" className="button">
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
