import type { ReactNode } from 'react';
import type { ErrorMessage } from '@web/shared/graphql';
import { ErrorSummary } from './field';

interface FormFooterProps {
  /** The form's general errors (ErrorSummary). */
  errors: readonly ErrorMessage[];
  /** While the form is being sent the button stays focusable but says so and does nothing. */
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** After a conflict: a button that loads the newest version (the form starts again from it). */
  reload?: { label: string; onReload: () => void } | null;
  /** Classes of the button row; "form__actions" unless given. */
  actionsClassName?: string;
  /** A destructive action (erase, deactivate) is a red button. */
  danger?: boolean;
  /** Beside the submit button: cancel buttons and back links. */
  children?: ReactNode;
  /** What the last attempt did ("Lagret."), in a polite live region; left out when undefined. */
  status?: string | null;
}

/**
 * The end of every form: its general errors, the reload offer after a conflict, the submit
 * button (with its "Lagrer …" text while sending) and the status line.
 */
export function FormFooter({
  errors,
  pending,
  submitLabel,
  pendingLabel,
  reload,
  actionsClassName = 'form__actions',
  danger = false,
  children,
  status,
}: FormFooterProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      {reload ? (
        <p>
          <button type="button" className="button button--secondary" onClick={reload.onReload}>
            {reload.label}
          </button>
        </p>
      ) : null}
      <div className={actionsClassName}>
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button'}
          aria-disabled={pending || undefined}
        >
          {pending ? pendingLabel : submitLabel}
        </button>
        {children}
      </div>
      {status !== undefined ? (
        <p role="status" className="form__status">
          {status ?? ''}
        </p>
      ) : null}
    </>
  );
}
