interface LoadingStateProps {
  /** Already translated, e.g. "Laster kommuner …". */
  label: string;
}

/** A polite status while data loads; the spinner is decoration only. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p role="status" className="state state--loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
